"use client";

import { useEffect, useSyncExternalStore } from "react";
import { saveTimeZoneCookie } from "@/lib/time/saved-time-zone";
import { isValidTimeZone } from "@/lib/time/zoned";

const STORAGE_KEY = "booking-portal:time-zone";

function storedTimeZone(): string | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored && isValidTimeZone(stored) ? stored : null;
  } catch {
    // Storage is blocked in some third-party iframes.
    return null;
  }
}

function browserTimeZone(): string | null {
  const detected = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(detected) ? detected : null;
}

const noSubscription = () => () => {};

/** The zone remembered on this device, else the browser's; null on the server and while hydrating. */
export function useDeviceTimeZone(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => storedTimeZone() ?? browserTimeZone(),
    () => null,
  );
}

/**
 * The zone to show times in: the URL's when it has one (remembered for next time), else the one
 * remembered on this device, else the browser's. `fallback` is what the server renders with.
 */
export function useClientTimeZone(fromUrl: string | null, fallback: string | null): string | null {
  const onDevice = useDeviceTimeZone();
  const shown = fromUrl ?? onDevice;
  useEffect(() => {
    if (shown) saveTimeZoneCookie(shown);
  }, [shown]);
  useEffect(() => {
    if (!fromUrl) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Not remembering is fine.
    }
  }, [fromUrl]);
  return shown ?? fallback;
}
