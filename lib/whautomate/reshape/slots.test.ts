import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UpstreamContractError } from "../errors";
import { rawDaySlotsSchema } from "../schemas/appointments";
import { reshapeDaySlots, type SlotContext } from "./slots";

const operation = "GET /v1/appointments/slots";
const reshape = (raw: unknown, context: Partial<SlotContext> = {}) =>
  reshapeDaySlots(z.array(rawDaySlotsSchema).parse(raw), { operation, ...context });

describe("reshapeDaySlots", () => {
  it("reads 12-hour, 24-hour and ISO slot times as wall clock in the bucket's zone", () => {
    const [day] = reshape([
      {
        date: "2025-05-12",
        timezone: "America/Sao_Paulo",
        slots: [
          { startTime: "04:39 PM", endTime: "05:09 PM" },
          { startTime: "16:39", endTime: "17:09:00" },
          { startTime: "2025-05-12T16:39:00.000Z", endTime: "2025-05-12T17:09:00.000Z", extra: 1 },
        ],
      },
    ]);
    expect(day?.date).toBe("2025-05-12");
    expect(day?.slots).toHaveLength(3);
    for (const slot of day?.slots ?? []) {
      expect(slot).toEqual({
        startsAt: "2025-05-12T19:39:00.000Z",
        endsAt: "2025-05-12T20:09:00.000Z",
        timeZone: "America/Sao_Paulo",
        localDate: "2025-05-12",
        localTime: "16:39",
      });
    }
  });

  it("keeps an ISO bucket date as the calendar day it names, even west of UTC", () => {
    const days = reshape(
      [
        {
          date: "2025-05-12T00:00:00.000Z",
          timezone: "America/New_York",
          slots: [{ startTime: "09:00 AM" }],
        },
        { date: "2025-05-13T00:00:00.000Z", timezone: "America/New_York", slots: [] },
      ],
      { durationMinutes: 30 },
    );
    expect(days.map((day) => day.date)).toEqual(["2025-05-12", "2025-05-13"]);
    expect(days[0]?.slots[0]).toMatchObject({
      startsAt: "2025-05-12T13:00:00.000Z",
      endsAt: "2025-05-12T13:30:00.000Z",
      localDate: "2025-05-12",
    });
  });

  it("falls back to the requested zone and handles a slot that ends after midnight", () => {
    const [day] = reshape([{ date: "2026-05-01", slots: [{ startTime: "11:30 PM", endTime: "12:30 AM" }] }], {
      timeZone: "Asia/Kolkata",
    });
    expect(day).toEqual({
      date: "2026-05-01",
      timeZone: "Asia/Kolkata",
      slots: [
        {
          startsAt: "2026-05-01T18:00:00.000Z",
          endsAt: "2026-05-01T19:00:00.000Z",
          timeZone: "Asia/Kolkata",
          localDate: "2026-05-01",
          localTime: "23:30",
        },
      ],
    });
  });

  it("spans a DST change by real minutes", () => {
    const [day] = reshape([
      { date: "2027-03-28", timezone: "Europe/London", slots: [{ startTime: "00:30", endTime: "02:30" }] },
    ]);
    expect(day?.slots[0]).toMatchObject({
      startsAt: "2027-03-28T00:30:00.000Z",
      endsAt: "2027-03-28T01:30:00.000Z",
    });
  });

  it("refuses to guess a missing zone or end", () => {
    expect(() => reshape([{ date: "2025-05-12", slots: [] }])).toThrow(
      new UpstreamContractError(`${operation}: [0].timezone: missing and none was requested`),
    );
    expect(() => reshape([{ date: "2025-05-12", timezone: "UTC", slots: [{ startTime: "09:00" }] }])).toThrow(
      /\[0\]\.slots\[0\]\.endTime: missing and no service duration given/,
    );
  });

  it("names an unreadable slot time by its path", () => {
    const result = z
      .array(rawDaySlotsSchema)
      .safeParse([{ date: "2025-05-12", slots: [{ startTime: "soon" }] }]);
    expect(result.error?.issues[0]).toMatchObject({ path: [0, "slots", 0, "startTime"] });
  });
});
