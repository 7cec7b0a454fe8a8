"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatWallDate } from "@/lib/i18n/format";
import { utcToZonedParts } from "@/lib/time/zoned";
import type { MonthAvailabilityInput } from "./availability-input";
import { useNextFreeTimes } from "./use-next-free-times";

/**
 * Back to the first day with a free time (whoever is free, for "any"), from whichever day or month
 * the visitor has moved to; nothing while that day is the one shown. The same read as the staff
 * step's cards, so coming from there it is already in.
 */
export function FirstAvailableButton({
  input,
  shownDate,
  timeZone,
  onJump,
}: {
  input: MonthAvailabilityInput;
  shownDate: string | null;
  timeZone: string;
  onJump: (date: string) => void;
}) {
  const { t, locale } = useI18n();
  const { data } = useNextFreeTimes({
    locationId: input.locationId,
    serviceId: input.serviceId,
    addOns: input.addOns,
  });
  const startsAt = data?.times[input.staffId];
  if (!startsAt) return null;
  const date = utcToZonedParts(startsAt, timeZone).date;
  if (date === shownDate) return null;
  return (
    <button type="button" className={buttonStyles.quiet} onClick={() => onJump(date)}>
      {t("booking.firstAvailable", { date: formatWallDate(date, locale, "short") })}
    </button>
  );
}
