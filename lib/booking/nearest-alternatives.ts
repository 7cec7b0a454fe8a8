/** Up to `count` free times closest to the one that was taken, in time order. */
export function nearestAlternatives(starts: string[], requested: string, count = 4): string[] {
  const target = new Date(requested).getTime();
  return starts
    .filter((startsAt) => startsAt !== requested)
    .map((startsAt) => ({ startsAt, distance: Math.abs(new Date(startsAt).getTime() - target) }))
    .sort((a, b) => a.distance - b.distance || a.startsAt.localeCompare(b.startsAt))
    .slice(0, count)
    .map(({ startsAt }) => startsAt)
    .sort((a, b) => a.localeCompare(b));
}

/** Null when `requested` is one of the free times; else the nearest free ones to offer instead. */
export function alternativesUnlessFree(
  starts: string[],
  requested: string,
): { alternatives: string[] } | null {
  return starts.includes(requested) ? null : { alternatives: nearestAlternatives(starts, requested) };
}
