import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SlotQuery } from "@/lib/whautomate";
import { UpstreamContractError } from "@/lib/whautomate/errors";
import type { DayAvailability } from "@/lib/whautomate/types";
import { addDaysToDate } from "@/lib/time/zoned";

const upstream = vi.hoisted(() => ({
  calls: [] as Array<SlotQuery & { via: "cache" | "upstream" }>,
  honoursNextThreeDays: true,
  staleDates: new Set<string>(),
  endless: false,
}));

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

function answer(query: SlotQuery): DayAvailability[] {
  // An upstream whose slots come without an end can only be read with the service's length.
  if (upstream.endless && query.durationMinutes === undefined) {
    throw new UpstreamContractError("GET /v1/appointments/slots: [0].slots[0].endTime: missing");
  }
  const days = query.nextThreeDays && upstream.honoursNextThreeDays ? 3 : 1;
  return Array.from({ length: days }, (_, offset) => dayOf(addDaysToDate(query.date, offset), query.staffId));
}

vi.mock("@/lib/whautomate", async () => ({
  ...(await import("@/lib/whautomate/errors")),
  getSlots: async (query: SlotQuery) => {
    upstream.calls.push({ ...query, via: "upstream" });
    return answer(query);
  },
}));
vi.mock("@/lib/upstream-cache/cached-reads", () => ({
  cachedGetSlots: async (query: SlotQuery) => {
    upstream.calls.push({ ...query, via: "cache" });
    return { value: answer(query), stale: upstream.staleDates.has(query.date), fetchedAt: 0 };
  },
}));
const { readStaffDays } = await import("./slot-reader");

const scope = {
  locationId: "loc",
  serviceId: "svc",
  addOnIds: [],
  durationMinutes: 30,
  staffIds: ["amelia", "oliver"],
};
const dates = ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"];

describe("readStaffDays", () => {
  beforeEach(() => {
    upstream.calls.length = 0;
    upstream.honoursNextThreeDays = true;
    upstream.staleDates.clear();
    upstream.endless = false;
  });

  it("asks for three days per call when the upstream honours nextThreeDays", async () => {
    const { staffDays } = await readStaffDays(scope, dates);
    expect(upstream.calls).toHaveLength(4);
    expect(staffDays.map((staff) => [staff.staffId, staff.days.map((day) => day.date)])).toEqual([
      ["amelia", dates],
      ["oliver", dates],
    ]);
  });

  it("fetches singly every date the upstream left out", async () => {
    upstream.honoursNextThreeDays = false;
    const { staffDays } = await readStaffDays(scope, dates);
    expect(upstream.calls).toHaveLength(10);
    expect(staffDays[1]?.days.map((day) => day.date)).toEqual(dates);
  });

  it("drops days that were not asked for", async () => {
    const { staffDays } = await readStaffDays({ ...scope, staffIds: ["amelia"] }, ["2027-03-01"]);
    expect(staffDays[0]?.days.map((day) => day.date)).toEqual(["2027-03-01"]);
  });

  it("reads through the cache without the service's length, so early and later reads share entries", async () => {
    await readStaffDays(scope, dates);
    expect(upstream.calls.every((call) => call.via === "cache" && call.durationMinutes === undefined)).toBe(
      true,
    );
  });

  it("is stale when any answer is the cache's last good one", async () => {
    expect((await readStaffDays(scope, dates)).stale).toBe(false);
    upstream.staleDates.add("2027-03-04");
    expect((await readStaffDays(scope, dates)).stale).toBe(true);
  });

  it("reads a booking's check straight from the upstream, never the cache", async () => {
    upstream.staleDates.add("2027-03-01");
    const read = await readStaffDays(scope, dates, { fresh: true });
    expect(read.stale).toBe(false);
    expect(upstream.calls.map((call) => call.via)).toEqual(Array(4).fill("upstream"));
  });

  it("asks again with the service's length when slots come without an end", async () => {
    upstream.endless = true;
    const { staffDays } = await readStaffDays({ ...scope, staffIds: ["amelia"] }, ["2027-03-01"]);
    expect(staffDays[0]?.days).toHaveLength(1);
    expect(upstream.calls.map((call) => call.durationMinutes)).toEqual([undefined, 30]);
    await expect(
      readStaffDays({ ...scope, durationMinutes: undefined, staffIds: ["amelia"] }, ["2027-03-01"]),
    ).rejects.toBeInstanceOf(UpstreamContractError);
  });
});
