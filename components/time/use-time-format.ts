import { useMemo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatTime, formatTimeZoneName, formatUtcOffset, formatWallDate } from "@/lib/i18n/format";
import { utcToZonedParts } from "@/lib/time/zoned";
import { useHourCycle } from "./use-hour-cycle";

/** Times and dates of instants in `timeZone`, on the clock (12h/24h) the client chose. */
export function useTimeFormat(timeZone: string) {
  const { locale } = useI18n();
  const [hourCycle] = useHourCycle();
  return useMemo(() => {
    const hour12 = hourCycle === "h12";
    return {
      hourCycle,
      time: (instant: string, zone: string = timeZone) =>
        formatTime(instant, { locale, timeZone: zone, hour12 }),
      /** "Sunday 28 March" for the instant's date in the zone. */
      date: (instant: string, zone: string = timeZone) =>
        formatWallDate(utcToZonedParts(instant, zone).date, locale),
      wallDate: (date: string) => formatWallDate(date, locale),
      zoneName: (zone: string, at: string) => formatTimeZoneName(zone, locale, at),
      /** "GMT+5:30" for the zone's offset at the instant. */
      utcOffset: (zone: string, at: string) => formatUtcOffset(zone, locale, at),
    };
  }, [locale, hourCycle, timeZone]);
}
