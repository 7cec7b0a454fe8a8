"use client";

import { useSearchParams } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeZone } from "@/components/time/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { parseBookingParams } from "@/lib/booking/booking-params";
import { useTimeFormat } from "@/components/time/use-time-format";

/** A start as date and time in the client's zone, once the browser has said which zone that is. */
export function ClientTime({ startsAt }: { startsAt: string | undefined }) {
  const { t } = useI18n();
  const [timeZone] = useTimeZone();
  const format = useTimeFormat(timeZone ?? "UTC");
  const hydrated = useHydrated();
  if (!startsAt || !timeZone || !hydrated)
    return <span className="inline-block h-5 w-40 animate-pulse rounded bg-line/50" />;
  return (
    <time dateTime={startsAt}>
      {t("booking.details.when", { date: format.date(startsAt), time: format.time(startsAt) })}
    </time>
  );
}

/** The chosen slot; it follows the URL, so picking an alternative updates it. */
export function SelectedTime() {
  return <ClientTime startsAt={parseBookingParams(useSearchParams()).time} />;
}
