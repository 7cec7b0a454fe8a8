"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeZone } from "@/components/time/use-time-zone";
import { useHourCycle } from "@/components/time/use-hour-cycle";
import { formatDateTime, formatTime, formatTimeZoneName } from "@/lib/i18n/format";
import { sameWallClock } from "@/lib/time/zoned";

export interface BookingWhen {
  /** Date and time in the visitor's zone. */
  when: string;
  /** The same start at the location, when the location keeps another clock; else null. */
  atLocation: string | null;
}

/** How a booking's start reads to this visitor, and at the location when the clocks differ. */
export function useBookingWhen(startsAt: string, timeZone: string, locationTitle: string): BookingWhen {
  const { locale, t } = useI18n();
  const [visitorZone] = useTimeZone(timeZone);
  const [hourCycle] = useHourCycle();
  const hour12 = hourCycle === "h12";
  const when = formatDateTime(startsAt, { locale, timeZone: visitorZone, hour12 });
  const atLocation = sameWallClock(startsAt, visitorZone, timeZone)
    ? null
    : t("bookings.locationTime", {
        time: formatTime(startsAt, { locale, timeZone, hour12 }),
        location: locationTitle,
        zone: formatTimeZoneName(timeZone, locale, startsAt),
      });
  return { when, atLocation };
}
