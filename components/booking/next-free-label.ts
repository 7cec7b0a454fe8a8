import { formatRelativeDays, formatTime, formatWallDate, type ClockOptions } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { NEXT_FREE_HORIZON_WEEKS } from "@/lib/booking/types";
import { daysBetweenDates, todayInZone, utcToZonedParts } from "@/lib/time/zoned";

/**
 * A card's next free time in the visitor's zone and words: "Next: today 4:30 PM", "Next: tomorrow
 * 9:00 AM", later just the day ("Next: Thu, Dec 10"); null (none within the horizon) says so.
 */
export function nextFreeLabel(
  startsAt: string | null,
  { now, ...clock }: ClockOptions & { now: Date },
  t: Translate,
): string {
  if (!startsAt) return t("booking.nextFree.none", { weeks: NEXT_FREE_HORIZON_WEEKS });
  const { date } = utcToZonedParts(startsAt, clock.timeZone);
  const days = daysBetweenDates(todayInZone(clock.timeZone, now), date);
  if (days <= 1) {
    return t("booking.nextFree.soon", {
      day: formatRelativeDays(Math.max(days, 0), clock.locale),
      time: formatTime(startsAt, clock),
    });
  }
  return t("booking.nextFree.later", { date: formatWallDate(date, clock.locale, "short") });
}
