"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeZone } from "@/components/time/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { sameWallClock } from "@/lib/time/zoned";
import { useTimeFormat } from "@/components/time/use-time-format";

/** A booked start in the client's zone, and at the location too when its clock differs. */
export function AppointmentWhen({
  startsAt,
  locationTimeZone,
  locationTitle,
  previousStartsAt = null,
}: {
  startsAt: string;
  locationTimeZone: string;
  locationTitle: string;
  previousStartsAt?: string | null;
}) {
  const { t } = useI18n();
  const [timeZone] = useTimeZone();
  const hydrated = useHydrated();
  const format = useTimeFormat(timeZone ?? locationTimeZone);
  if (!timeZone || !hydrated)
    return <span className="inline-block h-5 w-48 animate-pulse rounded bg-line/50" />;
  const differs = !sameWallClock(startsAt, timeZone, locationTimeZone);
  return (
    <>
      {previousStartsAt ? (
        <del className="block text-sm font-normal text-ink-muted">
          {t("booking.reschedule.previousTime", {
            when: t("booking.details.when", {
              date: format.date(previousStartsAt),
              time: format.time(previousStartsAt),
            }),
          })}
        </del>
      ) : null}
      <span className="block">
        {t("booking.details.when", { date: format.date(startsAt), time: format.time(startsAt) })}
        <span className="block text-sm font-normal text-ink-muted">
          {format.zoneName(timeZone, startsAt)}
        </span>
      </span>
      {differs ? (
        <span className="mt-1 block text-sm font-normal text-ink-muted">
          {t("booking.timeZone.locationShort", {
            time: t("booking.details.when", {
              date: format.date(startsAt, locationTimeZone),
              time: format.time(startsAt, locationTimeZone),
            }),
            location: locationTitle,
            zone: format.zoneName(locationTimeZone, startsAt),
          })}
        </span>
      ) : null}
    </>
  );
}
