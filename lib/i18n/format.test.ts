import { describe, expect, it } from "vitest";
import {
  formatDateTime,
  formatDayTab,
  formatDuration,
  formatList,
  formatPrice,
  formatTime,
  formatUtcOffset,
  formatWallDate,
} from "./format";

describe("formatting", () => {
  it("writes prices in the business's currency", () => {
    expect(formatPrice(45.5, "GBP", "en-GB")).toBe("£45.50");
    expect(formatPrice(1200, "INR", "en-IN")).toBe("₹1,200.00");
  });

  it("writes durations in hours and minutes", () => {
    expect(formatDuration(45, "en")).toBe("45 min");
    expect(formatDuration(60, "en")).toBe("1 hr");
    expect(formatDuration(90, "en")).toBe("1 hr 30 min");
    expect(formatDuration(60, "en", "long")).toBe("1 hour");
    expect(formatDuration(720, "en", "long")).toBe("12 hours");
    expect(formatDuration(90, "en", "long")).toBe("1 hour 30 minutes");
  });

  it("shows an instant in the asked zone and clock", () => {
    const instant = "2027-03-28T08:00:00.000Z";
    expect(formatTime(instant, { locale: "en-GB", timeZone: "Europe/London", hour12: false })).toBe("09:00");
    expect(formatTime(instant, { locale: "en-US", timeZone: "America/New_York", hour12: true })).toBe(
      "4:00 AM",
    );
    expect(formatTime(instant, { locale: "en-GB", timeZone: "Asia/Kolkata", hour12: false })).toBe("13:30");
  });

  it("writes a 24-hour time before ten with its leading zero, alone and with its date", () => {
    const early = "2027-01-10T05:00:00.000Z";
    const clock = { locale: "en-GB", timeZone: "Europe/London", hour12: false };
    expect(formatTime(early, clock)).toBe("05:00");
    expect(formatDateTime(early, clock)).toBe("Sunday, 10 January 2027 at 05:00");
    expect(formatDateTime(early, { ...clock, locale: "en-US", hour12: true })).toBe(
      "Sunday, January 10, 2027 at 5:00 AM",
    );
  });

  it("never shifts a wall-clock date through a zone", () => {
    expect(formatWallDate("2027-03-28", "en-GB")).toBe("Sunday 28 March");
    expect(formatWallDate("2027-03-28", "en-US", "full")).toBe("Sunday, March 28, 2027");
    expect(formatDayTab("2027-03-28", "en-US")).toEqual({ weekday: "Sun", day: "28" });
  });

  it("writes a zone's offset from UTC at the instant, half hours and daylight saving included", () => {
    expect(formatUtcOffset("Asia/Kolkata", "en", "2027-03-28T08:00:00.000Z")).toBe("GMT+5:30");
    expect(formatUtcOffset("America/New_York", "en", "2027-03-28T08:00:00.000Z")).toBe("GMT-4");
    expect(formatUtcOffset("America/New_York", "en", "2027-01-10T08:00:00.000Z")).toBe("GMT-5");
  });

  it("joins a list the locale's way", () => {
    expect(formatList(["Mumbai", "Delhi", "Bengaluru"], "en")).toBe("Mumbai, Delhi, and Bengaluru");
    expect(formatList(["Mumbai", "Delhi"], "es")).toBe("Mumbai y Delhi");
  });
});
