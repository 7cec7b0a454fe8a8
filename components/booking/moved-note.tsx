"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeFormat } from "@/components/time/use-time-format";
import { useTimeZone } from "@/components/time/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The one thing to say after a move: when the appointment is now, in the client's zone. */
export function MovedNote({ startsAt }: { startsAt: string }) {
  const { t } = useI18n();
  const [timeZone] = useTimeZone();
  const hydrated = useHydrated();
  const format = useTimeFormat(timeZone ?? "UTC");
  return (
    <p role="status" className="font-medium text-success">
      {timeZone && hydrated
        ? t("booking.confirmation.movedTo", {
            when: t("booking.details.when", { date: format.date(startsAt), time: format.time(startsAt) }),
          })
        : null}
    </p>
  );
}
