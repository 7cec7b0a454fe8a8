import { describe, expect, it } from "vitest";
import { moveOldTimeZoneKeys, TIME_ZONE_KEY } from "./remembered-time-zone";

function storageWith(entries: Record<string, string>) {
  const values = new Map(Object.entries(entries));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

// Visitors who chose a zone before booking and classes shared one key must keep it, once.
describe("moveOldTimeZoneKeys", () => {
  it("keeps the zone chosen on the booking page, over one that came from a classes link", () => {
    const storage = storageWith({
      "booking.timeZone": "Asia/Tokyo",
      "booking-portal:time-zone": "Asia/Kolkata",
    });
    moveOldTimeZoneKeys(storage);
    expect(Object.fromEntries(storage.values)).toEqual({ [TIME_ZONE_KEY]: "Asia/Tokyo" });
  });

  it("takes the classes zone when booking had none", () => {
    const storage = storageWith({ "booking-portal:time-zone": "Asia/Kolkata" });
    moveOldTimeZoneKeys(storage);
    expect(Object.fromEntries(storage.values)).toEqual({ [TIME_ZONE_KEY]: "Asia/Kolkata" });
  });

  it("never overwrites a zone already under the shared key, and deletes the old keys", () => {
    const storage = storageWith({ [TIME_ZONE_KEY]: "Europe/Paris", "booking.timeZone": "Asia/Tokyo" });
    moveOldTimeZoneKeys(storage);
    expect(Object.fromEntries(storage.values)).toEqual({ [TIME_ZONE_KEY]: "Europe/Paris" });
  });

  it("skips an old value that is not a zone", () => {
    const storage = storageWith({
      "booking.timeZone": "Mars/Olympus",
      "booking-portal:time-zone": "Asia/Dubai",
    });
    moveOldTimeZoneKeys(storage);
    expect(Object.fromEntries(storage.values)).toEqual({ [TIME_ZONE_KEY]: "Asia/Dubai" });
  });

  it("leaves an empty storage empty", () => {
    const storage = storageWith({});
    moveOldTimeZoneKeys(storage);
    expect(storage.values.size).toBe(0);
  });
});
