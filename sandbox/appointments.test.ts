import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

// Monday 1 June 2026, 11:07 in London and 15:37 in Mumbai.
const NOW = "2026-06-01T10:07:00Z";

const slotsPath = (query: string) => `/v1/appointments/slots?${query}`;
const startTimes = (bucket: { slots: { startTime: string }[] }) => bucket.slots.map((slot) => slot.startTime);
const booking = (overrides: Record<string, unknown>) => ({
  client: { id: "cli_emma" },
  location: { id: "loc_london" },
  service: { id: "svc_signature_cut" },
  ...overrides,
});

describe("appointments", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
  });
  afterAll(() => sandbox.dispose());

  it("writes Kolkata slots at +05:30", async () => {
    const query = "locationId=loc_mumbai&serviceId=svc_follow_up&staffId=stf_priya&date=2026-06-02";
    const [local] = (await sandbox.get(slotsPath(query))).body;
    expect(local.timezone).toBe("Asia/Kolkata");
    expect(startTimes(local)[0]).toBe("09:00 AM");
    const [utc] = (await sandbox.get(slotsPath(`${query}&timezone=UTC`))).body;
    expect(startTimes(utc)[0]).toBe("03:30 AM");
  });

  it("never offers a time at or before now", async () => {
    const [today] = (
      await sandbox.get(slotsPath("locationId=loc_london&serviceId=svc_signature_cut&date=2026-06-01"))
    ).body;
    expect(startTimes(today)[0]).toBe("11:15 AM");
    const [yesterday] = (
      await sandbox.get(slotsPath("locationId=loc_london&serviceId=svc_signature_cut&date=2026-05-31"))
    ).body;
    expect(yesterday.slots).toEqual([]);
  });

  it("stops at the service's booking window (Beard Trim: 30 days)", async () => {
    const buckets = (
      await sandbox.get(
        slotsPath("locationId=loc_london&serviceId=svc_beard_trim&date=2026-06-30&nextThreeDays=true"),
      )
    ).body;
    expect(buckets.map((bucket: { date: string }) => bucket.date)).toEqual([
      "2026-06-30T00:00:00.000Z",
      "2026-07-01T00:00:00.000Z",
      "2026-07-02T00:00:00.000Z",
    ]);
    // Oliver does not work Tuesdays; 1 July is today + 30; 2 July is one day too far.
    expect(buckets.map((bucket: { slots: unknown[] }) => bucket.slots.length > 0)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("keeps the service's buffer free after a booking", async () => {
    const booked = await sandbox.post(
      "/v1/appointments",
      booking({ staff: { id: "stf_amelia" }, date: "2026-06-16", time: "10:00 AM" }),
    );
    expect(booked.status).toBe(200);
    const [day] = (
      await sandbox.get(
        slotsPath("locationId=loc_london&serviceId=svc_signature_cut&staffId=stf_amelia&date=2026-06-16"),
      )
    ).body;
    const starts = startTimes(day);
    expect(starts).toContain("09:00 AM");
    for (const taken of ["09:15 AM", "09:45 AM", "10:00 AM", "10:45 AM"]) expect(starts).not.toContain(taken);
    expect(starts).toContain("11:00 AM");
  });

  it("refuses a time that is not a slot unless the override is set", async () => {
    const offGrid = booking({ staff: { id: "stf_amelia" }, date: "2026-06-18", time: "10:05 AM" });
    expect(await sandbox.post("/v1/appointments", offGrid)).toEqual({
      status: 400,
      body: { message: "Selected time slot is not available" },
    });
    const evening = booking({ staff: { id: "stf_amelia" }, date: "2026-06-18", time: "20:00" });
    expect((await sandbox.post("/v1/appointments", evening)).status).toBe(400);
    const forced = await sandbox.post("/v1/appointments", { ...evening, overrideTimeSlotValidation: true });
    expect(forced.status).toBe(200);
    expect(forced.body).toMatchObject({
      time: "08:00 PM",
      overrideTimeSlotValidation: true,
      status: "Booked",
    });
  });

  it("books a new client by phone, matches them again by digits, and picks the first free staff", async () => {
    const newcomer = { fullName: "Ada Lovelace", countryCode: "+44", phone: "7700 900 777" };
    const first = await sandbox.post(
      "/v1/appointments",
      booking({ client: newcomer, date: "2026-06-17", time: "10:00" }),
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      staff: { id: "stf_amelia" },
      client: { fullName: "Ada Lovelace", countryCode: "+44", phone: "7700900777", email: "" },
      bookedFrom: "Online Booking",
      appointmentType: "LOCATION_VISIT",
      paymentStatus: "",
      notes: "",
    });
    const again = { ...newcomer, phone: "7700900777", countryCode: "44" };
    const second = await sandbox.post(
      "/v1/appointments",
      booking({ client: again, date: "2026-06-17", time: "10:00" }),
    );
    expect(second.body.client.id).toBe(first.body.client.id);
    expect(second.body.staff.id).toBe("stf_oliver");
    const third = await sandbox.post("/v1/appointments", booking({ date: "2026-06-17", time: "10:00 AM" }));
    expect(third.body).toEqual({ message: "Selected time slot is not available" });
  });

  it("refuses staff who do not perform the service", async () => {
    const wrong = booking({
      service: { id: "svc_beard_trim" },
      staff: { id: "stf_amelia" },
      date: "2026-06-17",
      time: "11:00",
    });
    expect(await sandbox.post("/v1/appointments", wrong)).toEqual({
      status: 400,
      body: { message: "Selected staff does not perform this service" },
    });
  });

  it("reschedules the same appointment, frees the old time, and cancels once", async () => {
    const { body: original } = await sandbox.post(
      "/v1/appointments",
      booking({ staff: { id: "stf_amelia" }, date: "2026-06-19", time: "02:00 PM", notes: "window seat" }),
    );
    const taken = await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: original.id,
      date: "2026-06-16",
      time: "10:00 AM",
    });
    expect(taken).toEqual({ status: 400, body: { message: "Selected time slot is not available" } });
    // Moving by 15 minutes overlaps its own old time, which must not count against it.
    const moved = await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: original.id,
      location: { id: "loc_london" },
      date: "2026-06-19",
      time: "02:15 PM",
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      id: original.id,
      status: "Rescheduled",
      time: "02:15 PM",
      notes: "window seat",
    });
    expect((await sandbox.get(`/v1/appointments/${original.id}`)).body.startTimeUTC).toBe(
      "2026-06-19T13:15:00.000Z",
    );

    const cancelled = await sandbox.post("/v1/appointments/cancel", {
      appointmentId: original.id,
      cancellationReason: "Feeling unwell",
    });
    expect(cancelled).toEqual({ status: 200, body: {} });
    const { body: after } = await sandbox.get(`/v1/appointments/${original.id}`);
    expect(after).toMatchObject({ status: "Cancelled", cancellationReason: "Feeling unwell" });
    expect((await sandbox.post("/v1/appointments/cancel", { appointmentId: original.id })).body).toEqual({
      message: "Appointment is already cancelled",
    });
    const revive = { appointmentId: original.id, date: "2026-06-19", time: "03:00 PM" };
    expect((await sandbox.post("/v1/appointments/reschedule", revive)).body).toEqual({
      message: "Cancelled appointments cannot be rescheduled",
    });
    const [day] = (
      await sandbox.get(
        slotsPath("locationId=loc_london&serviceId=svc_signature_cut&staffId=stf_amelia&date=2026-06-19"),
      )
    ).body;
    expect(startTimes(day)).toContain("02:15 PM");
  });

  it("lists by client and local date range, sorted by start", async () => {
    const { body } = await sandbox.get(
      "/v1/appointments?clientId=cli_emma&startDate=2026-05-01&endDate=2026-06-02",
    );
    expect(body.map((a: { id: string }) => a.id)).toEqual(["apt_emma_colour_visited", "apt_emma_cut"]);
    expect(body[0].status).toBe("Visited");
    const statuses = (await sandbox.get("/v1/appointments")).body.map((a: { status: string }) => a.status);
    expect(statuses).toEqual(
      expect.arrayContaining(["Booked", "Rescheduled", "Cancelled", "Visited", "No-Show"]),
    );
  });

  it("lets exactly one of 50 simultaneous requests take a slot", async () => {
    const attempts = Array.from({ length: 50 }, (_, index) =>
      sandbox.post(
        "/v1/appointments",
        booking({
          client: {
            fullName: `Racer ${index}`,
            countryCode: "+44",
            phone: `7700901${String(index).padStart(3, "0")}`,
          },
          staff: { id: "stf_amelia" },
          date: "2026-06-23",
          time: "09:00 AM",
        }),
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    const refused = results.filter((result) => result.status === 400);
    expect(refused).toHaveLength(49);
    expect(refused.every((result) => result.body.message === "Selected time slot is not available")).toBe(
      true,
    );
    const { body } = await sandbox.get(
      "/v1/appointments?staffId=stf_amelia&startDate=2026-06-23&endDate=2026-06-23",
    );
    expect(body).toHaveLength(1);
    // Refused requests must not leave their would-be clients behind.
    expect((await sandbox.get("/v1/clients?searchText=racer")).body).toHaveLength(1);
  });
});
