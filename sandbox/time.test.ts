import { describe, expect, it } from "vitest";
import {
  isValidLocalDate,
  isValidTimeZone,
  localClockOf,
  localDateOf,
  parseClockTime,
  startOfLocalDay,
  to12Hour,
  wallClockIso,
  zonedToInstant,
} from "./time";

describe("time helpers", () => {
  it("reads 12- and 24-hour clock text", () => {
    expect(parseClockTime("04:39 PM")).toBe("16:39");
    expect(parseClockTime("4:39 pm")).toBe("16:39");
    expect(parseClockTime("12:05 AM")).toBe("00:05");
    expect(parseClockTime("12:05 PM")).toBe("12:05");
    expect(parseClockTime("16:39")).toBe("16:39");
    expect(parseClockTime("16:39:00")).toBe("16:39");
    expect(parseClockTime("13:00 PM")).toBeNull();
    expect(parseClockTime("25:00")).toBeNull();
    expect(parseClockTime("soon")).toBeNull();
  });

  it("writes the vendor's 12-hour text", () => {
    expect(to12Hour("16:39")).toBe("04:39 PM");
    expect(to12Hour("00:05")).toBe("12:05 AM");
    expect(to12Hour("12:00")).toBe("12:00 PM");
    expect(to12Hour("09:00")).toBe("09:00 AM");
  });

  it("writes local wall-clock time with a Z, like the captured São Paulo sample", () => {
    expect(wallClockIso(Date.parse("2024-08-05T19:39:00.000Z"), "America/Sao_Paulo")).toBe(
      "2024-08-05T16:39:00.000Z",
    );
  });

  it("turns wall-clock times into instants, on the days the clocks change too", () => {
    const at = (instant: string) => Date.parse(instant);
    expect(zonedToInstant("2027-03-28", "09:00", "Europe/London")).toBe(at("2027-03-28T08:00:00Z"));
    expect(zonedToInstant("2026-10-25", "09:00", "Europe/London")).toBe(at("2026-10-25T09:00:00Z"));
    // 01:30 does not happen on spring-forward day: it is 02:30 BST. On fall-back day it happens twice.
    expect(zonedToInstant("2027-03-28", "01:30", "Europe/London")).toBe(at("2027-03-28T01:30:00Z"));
    expect(zonedToInstant("2026-10-25", "01:30", "Europe/London")).toBe(at("2026-10-25T00:30:00Z"));
    expect(startOfLocalDay("2026-11-24", "Asia/Kolkata")).toBe(at("2026-11-23T18:30:00Z"));
    expect(localDateOf(at("2026-11-23T18:30:00Z"), "Asia/Kolkata")).toBe("2026-11-24");
    expect(localClockOf(at("2026-10-25T01:30:00Z"), "Europe/London")).toBe("01:30");
  });

  it("validates dates and zones", () => {
    expect(isValidLocalDate("2028-02-29")).toBe(true);
    expect(isValidLocalDate("2027-02-29")).toBe(false);
    expect(isValidLocalDate("2027-2-1")).toBe(false);
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
