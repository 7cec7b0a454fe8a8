"use client";

import { useSearchParams } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeZone } from "@/components/time/use-time-zone";
import { useHydrated } from "@/components/ui/use-hydrated";
import { parseBookingParams } from "@/lib/booking/booking-params";
import { useTimeFormat } from "@/components/time/use-time-format";

/** The chosen slot in the client's zone; it follows the URL, so picking an alternative updates it. */
export function SelectedTime() {
  const { t } = useI18n();
  const startsAt = parseBookingParams(useSearchParams()).time;
  const [timeZone] = useTimeZone();
  const format = useTimeFormat(timeZone ?? "UTC");
  const hydrated = useHydrated();
  if (!startsAt || !timeZone || !hydrated)
    return <span className="inline-block h-5 w-40 animate-pulse rounded bg-line/50" />;
  return <>{t("booking.details.when", { date: format.date(startsAt), time: format.time(startsAt) })}</>;
}
