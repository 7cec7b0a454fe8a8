// A link's `date=` may name a day that cannot be shown: unreadable, passed or without free times.
// The calendar then shows another day and says why, before the client picks anything.

export type RequestedDayNote =
  { kind: "unreadable" } | { kind: "past" } | { kind: "closed"; requested: string; shown: string };

/** The free day to open on: the one asked for, else the first free one after it, else the month's first. */
export function dayToShow(requested: string | undefined, freeDates: readonly string[]): string | null {
  const onOrAfter = requested ? freeDates.find((date) => date >= requested) : undefined;
  return onOrAfter ?? freeDates[0] ?? null;
}

/**
 * Why the day shown is not the one the link asked for, or null when it is (or none was asked for).
 * `raw` is the parameter as the link has it; `requested` is what survived reading it.
 */
export function requestedDayNote({
  raw,
  requested,
  today,
  shown,
}: {
  raw: string | null;
  requested: string | undefined;
  today: string;
  shown: string | null;
}): RequestedDayNote | null {
  if (shown === null) return null;
  if (raw && requested === undefined) return { kind: "unreadable" };
  if (!requested || requested === shown) return null;
  if (requested < today) return { kind: "past" };
  return { kind: "closed", requested, shown };
}
