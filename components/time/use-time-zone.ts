"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { subscribeToPreferences } from "@/components/ui/browser-preference";
import { saveTimeZoneCookie } from "@/lib/time/saved-time-zone";
import { isValidTimeZone } from "@/lib/time/zoned";
import { ownTimeZone, rememberTimeZone } from "./remembered-time-zone";

/** Sent after `tz` is rewritten in place, for pages that read their URL straight from window.location. */
export const URL_TIME_ZONE_CHANGED = "time-zone:url-changed";

type ChooseTimeZone = (timeZone: string) => void;

function replaceUrlTimeZone(timeZone: string) {
  const url = new URL(window.location.href);
  if (url.searchParams.get("tz") === timeZone) return;
  url.searchParams.set("tz", timeZone);
  // Next keeps useSearchParams in step with history.replaceState, without a server round trip.
  window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(URL_TIME_ZONE_CHANGED));
}

/**
 * The zone this visitor sees times in, on every page: the URL's `tz` (so shared links agree), else
 * the one they chose before in this browser, else the browser's own. The browser's is unknown while
 * the server renders and the page hydrates: `serverZone` stands in until then (null: the caller
 * waits for the browser). The visitor's own zone goes into the `tz` cookie, so the next server render
 * uses it, and into the URL when it has none; `chooseTimeZone` remembers a choice and shows it in the URL.
 */
export function useTimeZone(serverZone: string): [string, ChooseTimeZone];
export function useTimeZone(serverZone?: string | null): [string | null, ChooseTimeZone];
export function useTimeZone(serverZone: string | null = null): [string | null, ChooseTimeZone] {
  const fromUrl = useSearchParams().get("tz");
  const urlZone = fromUrl && isValidTimeZone(fromUrl) ? fromUrl : null;
  const ownZone = useSyncExternalStore(subscribeToPreferences, ownTimeZone, () => null);
  useEffect(() => {
    if (!ownZone) return;
    saveTimeZoneCookie(ownZone);
    if (!urlZone) replaceUrlTimeZone(ownZone);
  }, [ownZone, urlZone]);
  const chooseTimeZone = useCallback((timeZone: string) => {
    rememberTimeZone(timeZone);
    replaceUrlTimeZone(timeZone);
  }, []);
  return [urlZone ?? ownZone ?? serverZone, chooseTimeZone];
}
