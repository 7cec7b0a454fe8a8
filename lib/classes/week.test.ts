import { describe, expect, it } from "vitest";
import {
  currentWeek,
  mondayOf,
  resolveWeek,
  shiftWeek,
  upstreamDateRange,
  weekDays,
  weekdayIndex,
} from "./week";

describe("weeks", () => {
  it("runs Monday to Sunday", () => {
    expect(weekdayIndex("2026-06-01")).toBe(0);
    expect(weekdayIndex("2026-06-07")).toBe(6);
    expect(mondayOf("2026-06-07")).toBe("2026-06-01");
    expect(mondayOf("2026-06-01")).toBe("2026-06-01");
    expect(weekDays("2026-06-01")).toEqual([
      "2026-06-01",
      "2026-06-02",
      "2026-06-03",
      "2026-06-04",
      "2026-06-05",
      "2026-06-06",
      "2026-06-07",
    ]);
  });

  it("crosses month, year and daylight-saving boundaries by calendar days", () => {
    expect(shiftWeek("2026-12-28", 1)).toBe("2027-01-04");
    expect(shiftWeek("2027-03-22", 1)).toBe("2027-03-29");
    expect(shiftWeek("2026-10-26", -1)).toBe("2026-10-19");
    expect(mondayOf("2027-03-28")).toBe("2027-03-22");
  });

  it("takes this week in the client's zone, not the server's", () => {
    // Sunday 23:30 in London is already Monday in Mumbai.
    const now = new Date("2026-06-07T22:30:00Z");
    expect(currentWeek("Europe/London", now)).toBe("2026-06-01");
    expect(currentWeek("Asia/Kolkata", now)).toBe("2026-06-08");
  });

  it("snaps a date to its Monday and skips a bad parameter", () => {
    const now = new Date("2026-06-03T10:00:00Z");
    expect(resolveWeek("2026-06-12", "Europe/London", now)).toBe("2026-06-08");
    expect(resolveWeek("2026-02-30", "Europe/London", now)).toBe("2026-06-01");
    expect(resolveWeek("next week", "Europe/London", now)).toBe("2026-06-01");
    expect(resolveWeek(null, "Europe/London", now)).toBe("2026-06-01");
  });

  it("asks the upstream for a day either side of the week", () => {
    expect(upstreamDateRange("2026-06-01")).toEqual({ startDate: "2026-05-31", endDate: "2026-06-08" });
  });
});
