import { readPreference, writePreference } from "@/components/ui/browser-preference";
import { currentZoneName } from "@/lib/time/time-zone-names";
import { isValidTimeZone } from "@/lib/time/zoned";

/** The zone a visitor chose, remembered in this browser for booking, classes and my bookings alike. */
export const TIME_ZONE_KEY = "portal.timeZone";

// Booking and classes each remembered a zone under a key of their own before they shared one. A zone
// found there is copied over the first time a page asks, and the old keys are deleted: nothing reads
// them after that, and this can go once returning visitors have had a few months to come back.
// Booking's comes first: it was picked by hand, the classes one only came from a link's `tz`.
const OLD_KEYS = ["booking.timeZone", "booking-portal:time-zone"];

type PreferenceStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function moveOldTimeZoneKeys(storage: PreferenceStorage): void {
  if (!storage.getItem(TIME_ZONE_KEY)) {
    const old = OLD_KEYS.map((key) => storage.getItem(key)).find((zone) => zone && isValidTimeZone(zone));
    if (old) storage.setItem(TIME_ZONE_KEY, old);
  }
  for (const key of OLD_KEYS) storage.removeItem(key);
}

let oldKeysMoved = false;

/** The zone chosen before in this browser, else the browser's own. Browser only. */
export function ownTimeZone(): string {
  if (!oldKeysMoved) {
    oldKeysMoved = true;
    try {
      moveOldTimeZoneKeys(window.localStorage);
    } catch {
      // Storage is unavailable (privacy modes, sandboxed iframes): there is nothing to move.
    }
  }
  const remembered = readPreference(TIME_ZONE_KEY);
  if (remembered && isValidTimeZone(remembered)) return remembered;
  return deviceTimeZone();
}

/** The zone this device's clock is set to, whatever was chosen here. Browser only. */
export function deviceTimeZone(): string {
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
}

export function rememberTimeZone(timeZone: string): void {
  writePreference(TIME_ZONE_KEY, timeZone);
}
