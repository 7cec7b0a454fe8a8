"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useHourCycle } from "@/components/time/use-hour-cycle";
import { useTimeZone } from "@/components/time/use-time-zone";
import type { NextFreeInput } from "./availability-input";
import { nextFreeLabel } from "./next-free-label";
import { useNextFreeTimes } from "./use-next-free-times";
import { useNow } from "./use-now";

/**
 * A card's next free time, read after the page (the cards never wait for it): a placeholder of the
 * same height until it comes, nothing when it cannot be read (the card still works).
 */
export function NextFreeTime({
  input,
  cardId,
  serverNow,
}: {
  input: NextFreeInput;
  /** The service's id on the service step; the staff member's (or "any") on the staff step. */
  cardId: string;
  serverNow: string;
}) {
  const { t, locale } = useI18n();
  const [timeZone] = useTimeZone();
  const [hourCycle] = useHourCycle();
  const now = useNow(serverNow);
  const { data, isError } = useNextFreeTimes(input);
  const startsAt = data?.times[cardId];
  if (isError || (data && startsAt === undefined)) return null;
  if (startsAt === undefined || !timeZone) {
    return (
      <span aria-hidden="true" className="mt-1 block h-5 w-40 animate-pulse rounded-control bg-line/50" />
    );
  }
  const label = nextFreeLabel(
    startsAt,
    { now: new Date(now), locale, timeZone, hour12: hourCycle === "h12" },
    t,
  );
  return (
    <span className={`mt-1 block text-sm ${startsAt ? "font-medium text-brand" : "text-ink-muted"}`}>
      {label}
    </span>
  );
}
