"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeZone } from "@/components/time-zone/use-time-zone";
import { formatDateTime, formatTime, formatTimeZoneName } from "@/lib/i18n/format";

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
  const when = formatDateTime(startsAt, { locale, timeZone: visitorZone });
  const sameClock =
    formatDateTime(startsAt, { locale, timeZone }) === when &&
    formatTimeZoneName(timeZone, locale, startsAt) === formatTimeZoneName(visitorZone, locale, startsAt);
  const atLocation = sameClock
    ? null
    : t("bookings.locationTime", {
        time: formatTime(startsAt, { locale, timeZone }),
        location: locationTitle,
        zone: formatTimeZoneName(timeZone, locale, startsAt),
      });
  return { when, atLocation };
}
