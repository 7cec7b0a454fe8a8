import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SlotQuery } from "@/lib/whautomate";
import type { DayAvailability } from "@/lib/whautomate/types";
import { addDaysToDate } from "@/lib/time/zoned";
import { readStaffDays } from "./slot-reader";

const calls: SlotQuery[] = [];
let honoursNextThreeDays = true;

function dayOf(date: string, staffId: string | undefined): DayAvailability {
  const startsAt = `${date}T09:00:00.000Z`;
  return {
    date,
    timeZone: "Europe/London",
    slots: [
      {
        startsAt,
        endsAt: `${date}T09:30:00.000Z`,
        timeZone: "Europe/London",
        localDate: date,
        localTime: staffId ?? "",
      },
    ],
  };
}

vi.mock("@/lib/whautomate", () => ({
  getSlots: async (query: SlotQuery) => {
    calls.push(query);
    const days = query.nextThreeDays && honoursNextThreeDays ? 3 : 1;
    return Array.from({ length: days }, (_, offset) =>
      dayOf(addDaysToDate(query.date, offset), query.staffId),
    );
  },
}));

const scope = { locationId: "loc", serviceId: "svc", durationMinutes: 30, staffIds: ["amelia", "oliver"] };
const dates = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"];

describe("readStaffDays", () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("asks for three days per call when the upstream honours nextThreeDays", async () => {
    honoursNextThreeDays = true;
    const staffDays = await readStaffDays(scope, dates);
    expect(calls).toHaveLength(4);
    expect(staffDays.map((staff) => [staff.staffId, staff.days.map((day) => day.date)])).toEqual([
      ["amelia", dates],
      ["oliver", dates],
    ]);
  });

  it("fetches singly every date the upstream left out", async () => {
    honoursNextThreeDays = false;
    const staffDays = await readStaffDays(scope, dates);
    expect(calls).toHaveLength(10);
    expect(staffDays[1]?.days.map((day) => day.date)).toEqual(dates);
  });

  it("drops days that were not asked for", async () => {
    honoursNextThreeDays = true;
    const staffDays = await readStaffDays({ ...scope, staffIds: ["amelia"] }, ["2027-03-01"]);
    expect(staffDays[0]?.days.map((day) => day.date)).toEqual(["2027-03-01"]);
  });
});
