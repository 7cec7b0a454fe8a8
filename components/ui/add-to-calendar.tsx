"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { googleCalendarUrl, type CalendarEvent } from "@/lib/booking/calendar-event";
import { buttonStyles } from "./button-styles";

/**
 * The .ics download and the Google Calendar link for one booking. `entry` names it where several
 * bookings stand on one page and the bare labels would be ambiguous.
 */
export function AddToCalendarLinks({
  icsHref,
  event,
  entry,
}: {
  icsHref: string;
  event: CalendarEvent;
  entry?: { name: string; when: string };
}) {
  const { t } = useI18n();
  return (
    <>
      <a
        href={icsHref}
        download
        className={buttonStyles.secondary}
        aria-label={entry ? t("calendar.icsFor", entry) : undefined}
      >
        {t("calendar.ics")}
      </a>
      <a
        href={googleCalendarUrl(event)}
        target="_blank"
        rel="noopener noreferrer"
        className={buttonStyles.secondary}
        aria-label={entry ? t("calendar.googleFor", entry) : undefined}
      >
        {t("calendar.google")}
      </a>
    </>
  );
}
