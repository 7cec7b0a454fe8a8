import { afterEach, describe, expect, it } from "vitest";
import { calendarKeyTarget } from "./calendar-keys";
import { isoWeekdayIndex } from "./month";

const year = { first: "2027-01", last: "2027-12" };
const press = (key: string, date: string, months = year) => calendarKeyTarget(key, date, months);

describe("moving through the month grid with keys", () => {
  it("moves by day and by week, into the next or previous month past the edges", () => {
    expect(press("ArrowRight", "2027-03-10")).toBe("2027-03-11");
    expect(press("ArrowLeft", "2027-03-10")).toBe("2027-03-09");
    expect(press("ArrowDown", "2027-03-10")).toBe("2027-03-17");
    expect(press("ArrowUp", "2027-03-10")).toBe("2027-03-03");
    expect(press("ArrowRight", "2027-03-31")).toBe("2027-04-01");
    expect(press("ArrowLeft", "2027-03-01")).toBe("2027-02-28");
    expect(press("ArrowDown", "2027-03-29")).toBe("2027-04-05");
    expect(press("ArrowUp", "2027-03-04")).toBe("2027-02-25");
  });

  it("crosses a year end when both years are bookable", () => {
    const months = { first: "2026-12", last: "2027-01" };
    expect(press("ArrowRight", "2026-12-31", months)).toBe("2027-01-01");
    expect(press("ArrowUp", "2027-01-03", months)).toBe("2026-12-27");
    expect(press("PageUp", "2027-01-31", months)).toBe("2026-12-31");
  });

  it("stays put rather than leave the bookable months", () => {
    const months = { first: "2027-03", last: "2027-04" };
    expect(press("ArrowLeft", "2027-03-01", months)).toBe("2027-03-01");
    expect(press("ArrowUp", "2027-03-05", months)).toBe("2027-03-05");
    expect(press("PageUp", "2027-03-20", months)).toBe("2027-03-20");
    expect(press("ArrowRight", "2027-04-30", months)).toBe("2027-04-30");
    expect(press("ArrowDown", "2027-04-28", months)).toBe("2027-04-28");
    expect(press("PageDown", "2027-04-02", months)).toBe("2027-04-02");
  });

  it("goes to Monday and Sunday of the week with Home and End, without leaving the month", () => {
    // Wednesday 10 March 2027; 1 April 2027 is a Thursday and 31 March a Wednesday.
    expect(press("Home", "2027-03-10")).toBe("2027-03-08");
    expect(press("End", "2027-03-10")).toBe("2027-03-14");
    expect(press("Home", "2027-04-03")).toBe("2027-04-01");
    expect(press("End", "2027-03-30")).toBe("2027-03-31");
    expect(press("Home", "2027-03-08")).toBe("2027-03-08");
  });

  it("keeps the day of the month with PageUp and PageDown, or takes the month's last day", () => {
    expect(press("PageDown", "2027-03-15")).toBe("2027-04-15");
    expect(press("PageUp", "2027-03-15")).toBe("2027-02-15");
    expect(press("PageDown", "2027-01-31")).toBe("2027-02-28");
    expect(press("PageUp", "2027-03-31")).toBe("2027-02-28");
    expect(press("PageDown", "2027-05-31")).toBe("2027-06-30");
    expect(press("PageDown", "2028-01-30", { first: "2028-01", last: "2028-02" })).toBe("2028-02-29");
  });

  it("leaves other keys to the browser", () => {
    expect(press("Tab", "2027-03-10")).toBeNull();
    expect(press("Enter", "2027-03-10")).toBeNull();
    expect(press(" ", "2027-03-10")).toBeNull();
  });
});

// Node re-reads TZ when it is assigned: the machine's own zone changes on purpose below.
/* eslint-disable no-restricted-properties */
const machineZone = process.env.TZ;
function setMachineZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}
/* eslint-enable no-restricted-properties */

describe("wall dates, not instants", () => {
  afterEach(() => setMachineZone(machineZone));

  // A move computed through local midnights would skip or repeat a day where clocks change.
  it.each(["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"])(
    "moves one day per press through every DST change of the year with the machine in %s",
    (zone) => {
      setMachineZone(zone);
      expect(press("ArrowRight", "2027-03-27")).toBe("2027-03-28");
      expect(press("ArrowRight", "2027-03-28")).toBe("2027-03-29");
      expect(press("ArrowDown", "2027-03-25")).toBe("2027-04-01");
      expect(press("ArrowLeft", "2027-11-01")).toBe("2027-10-31");
      expect(press("ArrowUp", "2027-11-07")).toBe("2027-10-31");

      let date = "2027-01-01";
      for (let presses = 0; presses < 364; presses++) {
        const next = press("ArrowRight", date)!;
        expect(isoWeekdayIndex(next)).toBe((isoWeekdayIndex(date) + 1) % 7);
        date = next;
      }
      expect(date).toBe("2027-12-31");
    },
  );
});
