import { dateTimeFormat, formatTime, formatWallDate } from "@/lib/i18n/format";
import { sameWallClock, utcToZonedParts } from "@/lib/time/zoned";

export interface ClassTimeLabels {
  /** "7:15 PM" in the client's zone. */
  time: string;
  /** "Thursday, June 4" in the client's zone. */
  day: string;
  /** "12:45 AM GMT+5:30" in the class's own zone, only when its wall clock differs from the client's. */
  studioTime: string | null;
}

function shortZoneName(instant: string, timeZone: string, locale: string): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(new Date(instant))
    .find((candidate) => candidate.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** `hour12` is the visitor's clock choice; undefined follows the locale. */
export function classTimeLabels(
  session: { startsAt: string; timeZone: string },
  clientTimeZone: string,
  locale: string,
  hour12?: boolean,
): ClassTimeLabels {
  return {
    time: formatTime(session.startsAt, { locale, timeZone: clientTimeZone, hour12 }),
    day: formatWallDate(utcToZonedParts(session.startsAt, clientTimeZone).date, locale),
    studioTime: sameWallClock(session.startsAt, clientTimeZone, session.timeZone)
      ? null
      : `${formatTime(session.startsAt, { locale, timeZone: session.timeZone, hour12 })} ${shortZoneName(session.startsAt, session.timeZone, locale)}`,
  };
}

/** "Jun 1 – 7, 2026" for the week starting on a Monday "YYYY-MM-DD". */
export function formatWeekRange(monday: string, sunday: string, locale: string): string {
  return (
    dateTimeFormat(locale, {
      timeZone: "UTC",
      day: "numeric",
      month: "short",
      year: "numeric",
    })
      .formatRange(new Date(`${monday}T00:00:00Z`), new Date(`${sunday}T00:00:00Z`))
      // Node's ICU puts thin spaces around the dash, Chromium's plain ones. The server's HTML must read
      // exactly as the browser renders it, or React throws the timetable away and draws it again.
      .replace(/[\u2009\u202f]/g, " ")
  );
}
