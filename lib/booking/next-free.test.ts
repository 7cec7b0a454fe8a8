import { describe, expect, it, vi } from "vitest";
import type { DayAvailability } from "@/lib/whautomate/types";
// Each test hands findEarliestStarts its own slot reader; the shared cache and upstream stay unused.
vi.mock("@/lib/whautomate", () => ({}));
vi.mock("@/lib/upstream-cache/cached-reads", () => ({}));

import { earliestOf, earliestStartByStaff, findEarliestStarts } from "./next-free";
import type { SlotScope, StaffDaysRead } from "./slot-reader";

function day(date: string, times: string[]): DayAvailability {
  return {
    date,
    timeZone: "Europe/London",
    slots: times.map((time) => ({
      startsAt: `${date}T${time}:00.000Z`,
      endsAt: `${date}T${time}:30.000Z`,
      timeZone: "Europe/London",
      localDate: date,
      localTime: time,
    })),
  };
}

/** A slot reader over a fixed diary, recording which dates each call asked for whom. */
function diary(free: Record<string, Record<string, string[]>>) {
  const calls: Array<{ staffIds: string[]; dates: string[] }> = [];
  const read = async (scope: SlotScope, dates: string[]): Promise<StaffDaysRead> => {
    calls.push({ staffIds: scope.staffIds, dates });
    return {
      staffDays: scope.staffIds.map((staffId) => ({
        staffId,
        days: dates.map((date) => day(date, free[staffId]?.[date] ?? [])),
      })),
      stale: false,
    };
  };
  return { read, calls };
}

const scope = (staffIds: string[]): SlotScope => ({
  locationId: "loc",
  serviceId: "svc",
  addOnIds: [],
  staffIds,
});

// If these fail, the cards name a time that has passed, or a later time than the first free one.
describe("earliestStartByStaff", () => {
  it("takes each staff member's first start from now on, ignoring earlier ones", () => {
    const now = new Date("2026-12-07T12:00:00.000Z");
    const earliest = earliestStartByStaff(
      [
        { staffId: "amelia", days: [day("2026-12-07", ["09:00", "14:30"]), day("2026-12-08", ["09:00"])] },
        { staffId: "oliver", days: [day("2026-12-07", ["11:45"])] },
      ],
      now,
    );
    expect(earliest).toEqual(
      new Map([
        ["amelia", "2026-12-07T14:30:00.000Z"],
        ["oliver", null],
      ]),
    );
  });

  it("counts a start exactly at now as free", () => {
    const now = new Date("2026-12-07T09:00:00.000Z");
    expect(earliestStartByStaff([{ staffId: "a", days: [day("2026-12-07", ["09:00"])] }], now).get("a")).toBe(
      "2026-12-07T09:00:00.000Z",
    );
  });
});

describe("earliestOf", () => {
  it("is the soonest start, null when nobody has one", () => {
    expect(earliestOf([null, "2026-12-09T10:00:00.000Z", "2026-12-08T16:00:00.000Z"])).toBe(
      "2026-12-08T16:00:00.000Z",
    );
    expect(earliestOf([null, null])).toBeNull();
  });
});

// If this fails, the catalogue spends more of the account's 300 requests a minute than it needs.
describe("findEarliestStarts", () => {
  const now = new Date("2026-12-07T10:00:00.000Z");

  it("reads three days at a time in the month's calls, and stops for each staff member once found", async () => {
    const { read, calls } = diary({
      amelia: { "2026-12-07": ["15:00"] },
      sofia: { "2026-12-11": ["09:00"] },
    });
    const { byStaff } = await findEarliestStarts(scope(["amelia", "sofia"]), now, read);
    expect(byStaff).toEqual(
      new Map([
        ["amelia", "2026-12-07T15:00:00.000Z"],
        ["sofia", "2026-12-11T09:00:00.000Z"],
      ]),
    );
    // From the first date the calendar's month reads (earliestLocationDate), so the calls are its own.
    expect(calls).toEqual([
      { staffIds: ["amelia", "sofia"], dates: ["2026-12-04", "2026-12-05", "2026-12-06"] },
      { staffIds: ["amelia", "sofia"], dates: ["2026-12-07", "2026-12-08", "2026-12-09"] },
      { staffIds: ["sofia"], dates: ["2026-12-10", "2026-12-11", "2026-12-12"] },
    ]);
  });

  it("gives up after the horizon of two weeks, with null", async () => {
    const { read, calls } = diary({ amelia: { "2026-12-30": ["09:00"] } });
    const { byStaff } = await findEarliestStarts(scope(["amelia"]), now, read);
    expect(byStaff.get("amelia")).toBeNull();
    expect(calls.at(-1)?.dates.at(-1)).toBe("2026-12-21");
    expect(calls).toHaveLength(6);
  });

  it("passes on that an answer was the last good one", async () => {
    const read = async (asked: SlotScope): Promise<StaffDaysRead> => ({
      staffDays: asked.staffIds.map((staffId) => ({ staffId, days: [day("2026-12-07", ["12:00"])] })),
      stale: true,
    });
    expect(await findEarliestStarts(scope(["amelia"]), now, read)).toMatchObject({ stale: true });
  });
});
