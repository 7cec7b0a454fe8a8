import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { currentZoneName } from "@/lib/booking/time-zone-names";
import { saveTimeZoneCookie } from "@/lib/time/saved-time-zone";
import { isValidTimeZone } from "@/lib/time/zoned";
import { readPreference, subscribeToPreferences, writePreference } from "./browser-preference";

const storageKey = "booking.timeZone";

function replaceUrlTimeZone(timeZone: string) {
  const url = new URL(window.location.href);
  url.searchParams.set("tz", timeZone);
  // Next keeps useSearchParams in step with history.replaceState, without a server round trip.
  window.history.replaceState(null, "", url);
}

function detectedTimeZone(): string {
  const stored = readPreference(storageKey);
  if (stored && isValidTimeZone(stored)) return stored;
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
}

/**
 * The client's zone: the URL's `tz` (so shared links agree), else the one chosen before in this
 * browser, else the browser's own. The browser's is unknown while the server renders and the page
 * hydrates: `serverZone` stands in until then (null: the caller waits for the browser).
 */
export function useClientTimeZone(
  serverZone: string | null = null,
): [string | null, (timeZone: string) => void] {
  const fromUrl = useSearchParams().get("tz");
  const urlZone = fromUrl && isValidTimeZone(fromUrl) ? fromUrl : null;
  const browserZone = useSyncExternalStore(subscribeToPreferences, detectedTimeZone, () => null);
  useEffect(() => {
    if (!browserZone) return;
    saveTimeZoneCookie(browserZone);
    if (!urlZone) replaceUrlTimeZone(browserZone);
  }, [browserZone, urlZone]);
  const chooseTimeZone = useCallback((next: string) => {
    writePreference(storageKey, next);
    replaceUrlTimeZone(next);
  }, []);
  return [urlZone ?? browserZone ?? serverZone, chooseTimeZone];
}
