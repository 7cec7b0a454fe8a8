import { describe, expect, it } from "vitest";
import type { DayAvailability } from "@/lib/whautomate/types";
import { daysOfMonth, locationTimeZoneOf, unionSlotsByInstant } from "./month-availability";

function day(date: string, timeZone: string, starts: string[]): DayAvailability {
  return {
    date,
    timeZone,
    slots: starts.map((startsAt) => ({
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + 30 * 60_000).toISOString(),
      timeZone,
      localDate: date,
      localTime: "00:00",
    })),
  };
}

describe("unionSlotsByInstant", () => {
  it("keeps one slot per instant and who is free then, in preference order", () => {
    const slots = unionSlotsByInstant([
      { staffId: "amelia", days: [day("2027-03-15", "Europe/London", ["2027-03-15T10:00:00.000Z"])] },
      {
        staffId: "oliver",
        days: [day("2027-03-15", "Europe/London", ["2027-03-15T09:00:00.000Z", "2027-03-15T10:00:00.000Z"])],
      },
    ]);
    expect(slots.map((slot) => [slot.startsAt, slot.staffIds])).toEqual([
      ["2027-03-15T09:00:00.000Z", ["oliver"]],
      ["2027-03-15T10:00:00.000Z", ["amelia", "oliver"]],
    ]);
  });
});

describe("daysOfMonth", () => {
  const oliver = (days: DayAvailability[]) =>
    unionSlotsByInstant([{ staffId: "oliver", days }]).map((slot) => slot.startsAt);

  it("groups by the client's dates, which can differ from the location's", () => {
    // 09:00 London on 1 April is 04:00 in New York; 01:00 London on 1 March is 20:00 on 28 February in New York.
    const starts = oliver([
      day("2027-03-01", "Europe/London", ["2027-03-01T01:00:00.000Z", "2027-03-01T15:00:00.000Z"]),
      day("2027-03-31", "Europe/London", ["2027-03-31T08:00:00.000Z"]),
      day("2027-04-01", "Europe/London", ["2027-04-01T03:30:00.000Z", "2027-04-01T08:00:00.000Z"]),
    ]);
    const month = { month: "2027-03", starts, locationTimeZone: "Europe/London", stale: false };
    expect(daysOfMonth(month, "America/New_York").map((d) => [d.date, d.starts])).toEqual([
      ["2027-03-01", ["2027-03-01T15:00:00.000Z"]],
      ["2027-03-31", ["2027-03-31T08:00:00.000Z", "2027-04-01T03:30:00.000Z"]],
    ]);
    // The same answer in London: no second read for another zone.
    expect(daysOfMonth(month, "Europe/London").map((d) => d.date)).toEqual(["2027-03-01", "2027-03-31"]);
  });

  it("puts slots of a half-hour-offset zone on the right date", () => {
    // 18:30Z is midnight in Kolkata: the next day there.
    const starts = oliver([
      day("2027-03-10", "Europe/London", ["2027-03-10T18:29:00.000Z", "2027-03-10T18:30:00.000Z"]),
    ]);
    const month = { month: "2027-03", starts, locationTimeZone: "Europe/London", stale: false };
    expect(daysOfMonth(month, "Asia/Kolkata").map((d) => d.date)).toEqual(["2027-03-10", "2027-03-11"]);
  });
});

describe("locationTimeZoneOf", () => {
  it("is the zone of the answers, or null when nothing came back", () => {
    expect(locationTimeZoneOf([{ staffId: "a", days: [day("2027-03-10", "Asia/Kolkata", [])] }])).toBe(
      "Asia/Kolkata",
    );
    expect(locationTimeZoneOf([])).toBeNull();
  });
});
