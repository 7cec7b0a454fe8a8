import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { dateTimeFormat } from "@/lib/i18n/format";
import { readPreference, subscribeToPreferences, writePreference } from "@/components/ui/browser-preference";

export type HourCycle = "h12" | "h24";
const storageKey = "booking.hourCycle";

function localeHourCycle(locale: string): HourCycle {
  const cycle = dateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12" ? "h12" : "h24";
}

/** The 12h/24h choice remembered in this browser, else the locale's usual clock. */
export function useHourCycle(): [HourCycle, (cycle: HourCycle) => void] {
  const { locale } = useI18n();
  const fallback = useMemo(() => localeHourCycle(locale), [locale]);
  const stored = useSyncExternalStore(
    subscribeToPreferences,
    () => readPreference(storageKey),
    () => null,
  );
  const hourCycle: HourCycle = stored === "h12" || stored === "h24" ? stored : fallback;
  const setHourCycle = useCallback((cycle: HourCycle) => writePreference(storageKey, cycle), []);
  return [hourCycle, setHourCycle];
}
