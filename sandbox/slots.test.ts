import { describe, expect, it } from "vitest";
import {
  bookingHorizon,
  dayWindow,
  localDatesCovering,
  openSlotStarts,
  staffSlotStarts,
  workingPeriods,
} from "./slots";
import { localClockOf } from "./time";

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();
const ninetoFive = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: "09:00", end: "17:00" }));
const LONG_AGO = at("2000-01-01T00:00:00Z");

describe("daylight-saving days in Europe/London", () => {
  // If these broke, the portal would offer 10:00 as 09:00 (or vice versa) on change days.
  it("spring-forward day 2027-03-28 is 23 hours and opens 09:00 local at 08:00Z", () => {
    const window = dayWindow("2027-03-28", "Europe/London");
    expect(window.end - window.start).toBe(23 * HOUR);
    expect(
      workingPeriods("2027-03-28", "Europe/London", ninetoFive).map((p) => [iso(p.start), iso(p.end)]),
    ).toEqual([["2027-03-28T08:00:00.000Z", "2027-03-28T16:00:00.000Z"]]);
  });

  it("fall-back day 2026-10-25 is 25 hours and opens 09:00 local at 09:00Z", () => {
    const window = dayWindow("2026-10-25", "Europe/London");
    expect(window.end - window.start).toBe(25 * HOUR);
    expect(
      workingPeriods("2026-10-25", "Europe/London", ninetoFive).map((p) => [iso(p.start), iso(p.end)]),
    ).toEqual([["2026-10-25T09:00:00.000Z", "2026-10-25T17:00:00.000Z"]]);
  });

  it("offers the same 09:00–16:30 local starts on both change days", () => {
    for (const date of ["2027-03-28", "2026-10-25"]) {
      const starts = staffSlotStarts({
        window: dayWindow(date, "Europe/London"),
        zone: "Europe/London",
        hours: ninetoFive,
        durationMinutes: 30,
        bufferMinutes: 0,
        busy: [],
        now: LONG_AGO,
        advanceBookingLimitDays: null,
      });
      expect(starts).toHaveLength(31);
      expect(localClockOf(starts[0]!, "Europe/London")).toBe("09:00");
      expect(localClockOf(starts.at(-1)!, "Europe/London")).toBe("16:30");
    }
  });
});

describe("Asia/Kolkata (+05:30, no daylight saving)", () => {
  it("opens 09:00 local at 03:30Z", () => {
    const [period] = workingPeriods("2026-06-01", "Asia/Kolkata", ninetoFive);
    expect(iso(period!.start)).toBe("2026-06-01T03:30:00.000Z");
    expect(dayWindow("2026-06-01", "Asia/Kolkata").end - dayWindow("2026-06-01", "Asia/Kolkata").start).toBe(
      24 * HOUR,
    );
  });
});

describe("openSlotStarts", () => {
  const period = { start: at("2026-06-01T09:00:00Z"), end: at("2026-06-01T17:00:00Z") };
  const base = {
    periods: [period],
    durationMinutes: 45,
    bufferMinutes: 15,
    busy: [],
    now: LONG_AGO,
    horizon: Infinity,
  };

  it("steps every 15 minutes and keeps the service (not its buffer) inside working hours", () => {
    const starts = openSlotStarts(base);
    expect(iso(starts[1]!)).toBe("2026-06-01T09:15:00.000Z");
    expect(iso(starts.at(-1)!)).toBe("2026-06-01T16:15:00.000Z");
  });

  it("keeps the new booking plus its buffer clear of a booking plus that booking's buffer", () => {
    // An existing 10:00–10:45 appointment with a 15-minute buffer occupies 10:00–11:00.
    const busy = [{ start: at("2026-06-01T10:00:00Z"), end: at("2026-06-01T11:00:00Z") }];
    const starts = openSlotStarts({ ...base, busy }).map(iso);
    expect(starts).toContain("2026-06-01T09:00:00.000Z");
    for (const taken of ["09:15", "09:30", "09:45", "10:00", "10:30", "10:45"]) {
      expect(starts).not.toContain(`2026-06-01T${taken}:00.000Z`);
    }
    expect(starts).toContain("2026-06-01T11:00:00.000Z");
  });

  it("never offers a start at or before now", () => {
    expect(iso(openSlotStarts({ ...base, now: at("2026-06-01T10:07:00Z") })[0]!)).toBe(
      "2026-06-01T10:15:00.000Z",
    );
    expect(iso(openSlotStarts({ ...base, now: at("2026-06-01T10:00:00Z") })[0]!)).toBe(
      "2026-06-01T10:15:00.000Z",
    );
  });

  it("drops candidates that would not fit a working period", () => {
    const short = { start: at("2026-06-01T09:00:00Z"), end: at("2026-06-01T09:40:00Z") };
    expect(openSlotStarts({ ...base, periods: [short] })).toEqual([]);
  });
});

describe("booking window", () => {
  it("allows slots up to the local date today + limit and none after", () => {
    // 23:30Z on 31 May is already 1 June in London, so "today" is the local date, not the UTC one.
    const now = at("2026-05-31T23:30:00Z");
    expect(iso(bookingHorizon(now, "Europe/London", 30))).toBe("2026-07-01T23:00:00.000Z");
    const input = {
      zone: "Europe/London",
      hours: ninetoFive,
      durationMinutes: 30,
      bufferMinutes: 0,
      busy: [],
      now,
      advanceBookingLimitDays: 30,
    };
    expect(staffSlotStarts({ ...input, window: dayWindow("2026-07-01", "Europe/London") })).not.toHaveLength(
      0,
    );
    expect(staffSlotStarts({ ...input, window: dayWindow("2026-07-02", "Europe/London") })).toHaveLength(0);
  });
});

describe("windows in another zone than the location's", () => {
  it("reads the working day in the location zone and clips to the requested day", () => {
    const newYorkDay = dayWindow("2026-06-01", "America/New_York");
    expect(localDatesCovering(newYorkDay, "Europe/London")).toEqual(["2026-06-01", "2026-06-02"]);
    const starts = staffSlotStarts({
      window: newYorkDay,
      zone: "Europe/London",
      hours: ninetoFive,
      durationMinutes: 60,
      bufferMinutes: 0,
      busy: [],
      now: LONG_AGO,
      advanceBookingLimitDays: null,
    });
    expect(localClockOf(starts[0]!, "America/New_York")).toBe("04:00");
    expect(starts.every((start) => start >= newYorkDay.start && start < newYorkDay.end)).toBe(true);
  });
});
