"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { sameWallClock } from "@/lib/time/zoned";
import { useTimeFormat } from "@/components/time/use-time-format";

/** Said only when the location's clock differs from the client's, with one time in both. */
export function LocationTimeNote({
  timeZone,
  locationTimeZone,
  locationTitle,
  at,
  onChangeZone,
}: {
  timeZone: string;
  locationTimeZone: string;
  locationTitle: string;
  at: string;
  /** Takes the client to the zone picker where the page has one (after the times). */
  onChangeZone?: () => void;
}) {
  const { t } = useI18n();
  const format = useTimeFormat(timeZone);
  const clientZone = `${format.zoneName(timeZone, at)} (${timeZone})`;
  const differs = !sameWallClock(at, timeZone, locationTimeZone);
  return (
    <div className="space-y-1 rounded-card bg-brand-soft px-4 py-3 text-sm">
      <p>
        {t("timeZone.current", { zone: clientZone })}
        {onChangeZone ? (
          <>
            {" "}
            <button
              type="button"
              onClick={onChangeZone}
              className="font-medium text-ink underline underline-offset-4 hover:no-underline"
            >
              {t("timeZone.change")}
            </button>
          </>
        ) : null}
      </p>
      {differs ? (
        <p>
          {t("booking.timeZone.location", {
            location: locationTitle,
            zone: `${format.zoneName(locationTimeZone, at)} (${locationTimeZone})`,
            localTime: format.time(at, locationTimeZone),
            clientTime: format.time(at),
          })}
        </p>
      ) : null}
    </div>
  );
}
