// Daylight-saving edges are where booking pages most often show the wrong time; each case below
// is a real transition day.
import { afterEach, describe, expect, it } from "vitest";
import {
  addDaysToDate,
  isCalendarDate,
  isValidTimeZone,
  todayInZone,
  utcToZonedParts,
  zonedWallTimeToUtc,
} from "./zoned";

// Node re-reads TZ when it is assigned; these tests change it on purpose, to prove the results
// do not depend on the server's own zone.
/* eslint-disable no-restricted-properties */
const originalProcessZone = process.env.TZ;
function setProcessZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}
/* eslint-enable no-restricted-properties */

describe("zonedWallTimeToUtc", () => {
  it.each([
    // Europe/London springs forward 01:00 GMT → 02:00 BST on 2027-03-28.
    ["2027-03-28", "00:30", "Europe/London", "2027-03-28T00:30:00.000Z"],
    ["2027-03-28", "01:30", "Europe/London", "2027-03-28T01:30:00.000Z"], // gap → 02:30 BST
    ["2027-03-28", "02:00", "Europe/London", "2027-03-28T01:00:00.000Z"],
    ["2027-03-28", "09:00", "Europe/London", "2027-03-28T08:00:00.000Z"],
    // Europe/London falls back 02:00 BST → 01:00 GMT on 2026-10-25: 01:30 happens twice.
    ["2026-10-25", "00:30", "Europe/London", "2026-10-24T23:30:00.000Z"],
    ["2026-10-25", "01:30", "Europe/London", "2026-10-25T00:30:00.000Z"], // earlier of the two
    ["2026-10-25", "02:00", "Europe/London", "2026-10-25T02:00:00.000Z"],
    // America/New_York springs forward 02:00 EST → 03:00 EDT on 2027-03-14.
    ["2027-03-14", "01:59", "America/New_York", "2027-03-14T06:59:00.000Z"],
    ["2027-03-14", "02:30", "America/New_York", "2027-03-14T07:30:00.000Z"], // gap → 03:30 EDT
    ["2027-03-14", "03:00", "America/New_York", "2027-03-14T07:00:00.000Z"],
    ["2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00.000Z"], // earlier of the two
    // Half-hour offset, no DST.
    ["2026-05-01", "09:00", "Asia/Kolkata", "2026-05-01T03:30:00.000Z"],
    ["2026-05-01", "03:00", "Asia/Kolkata", "2026-04-30T21:30:00.000Z"],
    // Just west of the date line: a local morning is still the previous day in UTC.
    ["2026-05-01", "09:00", "Pacific/Auckland", "2026-04-30T21:00:00.000Z"],
    ["2026-04-05", "02:30", "Pacific/Auckland", "2026-04-04T13:30:00.000Z"], // NZDT ends: earlier
    ["2026-01-01", "08:00", "Pacific/Kiritimati", "2025-12-31T18:00:00.000Z"],
  ])("%s %s in %s is %s", (date, time, timeZone, expected) => {
    expect(zonedWallTimeToUtc(date, time, timeZone)).toBe(expected);
  });

  it("refuses bad input instead of guessing", () => {
    expect(() => zonedWallTimeToUtc("2026-02-30", "09:00", "UTC")).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-01", "9am", "UTC")).toThrow(RangeError);
    expect(() => zonedWallTimeToUtc("2026-02-01", "09:00", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("utcToZonedParts", () => {
  it.each([
    ["2027-03-28T00:59:00.000Z", "Europe/London", "2027-03-28", "00:59"],
    ["2027-03-28T01:00:00.000Z", "Europe/London", "2027-03-28", "02:00"],
    ["2026-10-25T00:30:00.000Z", "Europe/London", "2026-10-25", "01:30"],
    ["2026-10-25T01:30:00.000Z", "Europe/London", "2026-10-25", "01:30"],
    ["2027-03-14T07:00:00.000Z", "America/New_York", "2027-03-14", "03:00"],
    ["2026-04-30T21:30:00.000Z", "Asia/Kolkata", "2026-05-01", "03:00"],
    ["2026-04-30T21:00:00.000Z", "Pacific/Auckland", "2026-05-01", "09:00"],
    ["2025-12-31T10:00:00.000Z", "Pacific/Kiritimati", "2026-01-01", "00:00"],
  ])("%s in %s is %s %s", (instant, timeZone, date, time) => {
    expect(utcToZonedParts(instant, timeZone)).toEqual({ date, time });
  });

  describe("with the server process in another zone", () => {
    afterEach(() => setProcessZone(originalProcessZone));

    it("gives the same answer whatever the server's own zone", () => {
      setProcessZone("Europe/London");
      // 01:30 New York time on London's spring-forward day does not exist in London.
      expect(utcToZonedParts("2027-03-28T05:30:00.000Z", "America/New_York")).toEqual({
        date: "2027-03-28",
        time: "01:30",
      });
      expect(zonedWallTimeToUtc("2027-03-28", "01:30", "America/New_York")).toBe("2027-03-28T05:30:00.000Z");
    });
  });
});

describe("calendar helpers", () => {
  it("adds days across month, year and DST boundaries without drifting", () => {
    expect(addDaysToDate("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDaysToDate("2027-03-28", 1)).toBe("2027-03-29");
    expect(addDaysToDate("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDate("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("knows today where the business is, not where the server is", () => {
    const now = new Date("2026-04-30T20:00:00.000Z");
    expect(todayInZone("Pacific/Auckland", now)).toBe("2026-05-01");
    expect(todayInZone("America/New_York", now)).toBe("2026-04-30");
  });

  it("validates zones and dates", () => {
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("text")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-2-28")).toBe(false);
  });
});
