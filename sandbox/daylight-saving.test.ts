import { describe, expect, it } from "vitest";
import { startTestSandbox } from "./test-support";

const slotsPath = (query: string) => `/v1/appointments/slots?${query}`;
const startTimes = (bucket: { slots: { startTime: string }[] }) => bucket.slots.map((slot) => slot.startTime);

describe("slots on daylight-saving change days", () => {
  // Offering 10:00 as "09:00" on the day the clocks change is the bug this guards against.
  it("London 2027-03-28 (spring forward): 09:00 local is 08:00Z", async () => {
    const sandbox = await startTestSandbox({ now: "2027-02-01T12:00:00Z" });
    try {
      const query = "locationId=loc_london&serviceId=svc_style_consultation&date=2027-03-28";
      const [local] = (await sandbox.get(slotsPath(query))).body;
      expect(local.date).toBe("2027-03-28T00:00:00.000Z");
      expect(local.timezone).toBe("Europe/London");
      expect(startTimes(local)[0]).toBe("09:00 AM");
      expect(startTimes(local).at(-1)).toBe("04:30 PM");
      expect(local.slots[0].endTime).toBe("09:30 AM");
      const [utc] = (await sandbox.get(slotsPath(`${query}&timezone=UTC`))).body;
      expect(startTimes(utc)[0]).toBe("08:00 AM");
      expect(utc.slots).toHaveLength(local.slots.length);

      const booked = await sandbox.post("/v1/appointments", {
        client: { id: "cli_emma" },
        location: { id: "loc_london" },
        service: { id: "svc_style_consultation" },
        date: "2027-03-28",
        time: "09:00 AM",
      });
      expect(booked.status).toBe(200);
      expect(booked.body).toMatchObject({
        staff: { id: "stf_oliver", name: "Oliver Reed" },
        date: "2027-03-28",
        time: "09:00 AM",
        timezone: "Europe/London",
        startTimeUTC: "2027-03-28T08:00:00.000Z",
        startTime: "2027-03-28T09:00:00.000Z",
        endTimeUTC: "2027-03-28T08:30:00.000Z",
        endTime: "2027-03-28T09:30:00.000Z",
      });
    } finally {
      await sandbox.dispose();
    }
  });

  it("London 2026-10-25 (fall back): 09:00 local is 09:00Z, same number of slots", async () => {
    const sandbox = await startTestSandbox({ now: "2026-09-01T12:00:00Z" });
    try {
      const query = "locationId=loc_london&serviceId=svc_style_consultation&date=2026-10-25";
      const [local] = (await sandbox.get(slotsPath(query))).body;
      const [utc] = (await sandbox.get(slotsPath(`${query}&timezone=UTC`))).body;
      expect(startTimes(local)[0]).toBe("09:00 AM");
      expect(startTimes(utc)[0]).toBe("09:00 AM");
      expect(local.slots).toHaveLength(31);
    } finally {
      await sandbox.dispose();
    }
  });
});
