import { useSearchParams } from "next/navigation";
import { useCallback, useEffect } from "react";
import { currentZoneName } from "@/lib/booking/time-zone-names";
import { isValidTimeZone } from "@/lib/time/zoned";
import { readPreference, writePreference } from "./browser-preference";

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
 * browser, else the browser's own. Null until it is in the URL.
 */
export function useClientTimeZone(): [string | null, (timeZone: string) => void] {
  const fromUrl = useSearchParams().get("tz");
  const timeZone = fromUrl && isValidTimeZone(fromUrl) ? fromUrl : null;
  useEffect(() => {
    if (!timeZone) replaceUrlTimeZone(detectedTimeZone());
  }, [timeZone]);
  const chooseTimeZone = useCallback((next: string) => {
    writePreference(storageKey, next);
    replaceUrlTimeZone(next);
  }, []);
  return [timeZone, chooseTimeZone];
}
