import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

// Monday 1 June 2026. On Tuesday Amelia works 09:00–13:00 and 14:00–17:00 in London, with a haircut
// booked 10:00–10:45 (+15 minutes' buffer). Full Colour takes 90 minutes, with a 15-minute buffer.
const NOW = "2026-06-01T10:07:00Z";
const AMELIA_TUESDAY = "locationId=loc_london&serviceId=svc_full_colour&staffId=stf_amelia&date=2026-06-02";

const startTimes = (bucket: { slots: { startTime: string }[] }) => bucket.slots.map((slot) => slot.startTime);
const booking = (overrides: Record<string, unknown>) => ({
  client: { id: "cli_james" },
  location: { id: "loc_london" },
  service: { id: "svc_full_colour" },
  staff: { id: "stf_amelia" },
  date: "2026-06-02",
  timezone: "Europe/London",
  ...overrides,
});

// If these fail, a client could book a cut plus a treatment into a slot that only holds the cut,
// or attach another service's extras to their appointment.
describe("add-on services", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
  });
  afterAll(() => sandbox.dispose());

  it("lists each service's add-ons with their duration and price", async () => {
    const services = (await sandbox.get("/v1/services?locationId=loc_london")).body;
    const colour = services.find((service: { id: string }) => service.id === "svc_full_colour");
    expect(colour.addOnServices).toEqual([
      {
        id: "add_deep_conditioning",
        name: "Deep Conditioning Treatment",
        durationMinutes: 15,
        sellingPrice: 20,
      },
      { id: "add_bond_repair", name: "Bond Repair Treatment", durationMinutes: 30, sellingPrice: 35 },
    ]);
    const cut = services.find((service: { id: string }) => service.id === "svc_signature_cut");
    expect(cut.addOnServices).toEqual([]);
  });

  it("offers only the starts that hold the service and its add-ons", async () => {
    const [alone] = (await sandbox.get(`/v1/appointments/slots?${AMELIA_TUESDAY}`)).body;
    expect(startTimes(alone)).toEqual([
      "11:00 AM",
      "11:15 AM",
      "11:30 AM",
      "02:00 PM",
      "02:15 PM",
      "02:30 PM",
      "02:45 PM",
      "03:00 PM",
      "03:15 PM",
      "03:30 PM",
    ]);
    const [longer] = (
      await sandbox.get(`/v1/appointments/slots?${AMELIA_TUESDAY}&addOnServices=add_deep_conditioning`)
    ).body;
    expect(startTimes(longer)).toEqual([
      "11:00 AM",
      "11:15 AM",
      "02:00 PM",
      "02:15 PM",
      "02:30 PM",
      "02:45 PM",
      "03:00 PM",
      "03:15 PM",
    ]);
    expect(longer.slots).toContainEqual({ startTime: "11:15 AM", endTime: "01:00 PM" });
    const [both] = (
      await sandbox.get(
        `/v1/appointments/slots?${AMELIA_TUESDAY}&addOnServices=add_deep_conditioning,add_bond_repair`,
      )
    ).body;
    expect(startTimes(both)).toEqual(["02:00 PM", "02:15 PM", "02:30 PM", "02:45 PM"]);
  });

  it("refuses slots for an add-on the service does not offer", async () => {
    const answer = await sandbox.get(
      `/v1/appointments/slots?${AMELIA_TUESDAY}&addOnServices=add_kinesio_taping`,
    );
    expect(answer).toEqual({ status: 400, body: { error: "Invalid parameters" } });
  });

  it("books the add-ons into a longer appointment and answers them", async () => {
    const answer = await sandbox.post(
      "/v1/appointments",
      booking({ time: "11:15 AM", addOnServices: [{ id: "add_deep_conditioning" }] }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.addOnServices).toEqual([
      {
        id: "add_deep_conditioning",
        name: "Deep Conditioning Treatment",
        durationMinutes: 15,
        sellingPrice: 20,
      },
    ]);
    expect(answer.body.startTimeUTC).toBe("2026-06-02T10:15:00.000Z");
    expect(answer.body.endTimeUTC).toBe("2026-06-02T12:00:00.000Z");
  });

  it("refuses a booking whose add-on belongs to another service, and books nothing", async () => {
    const before = (await sandbox.get("/v1/appointments?clientId=cli_james")).body.length;
    const answer = await sandbox.post(
      "/v1/appointments",
      booking({ time: "02:00 PM", addOnServices: [{ id: "add_kinesio_taping" }] }),
    );
    expect(answer).toEqual({
      status: 400,
      body: { message: "Add-on service is not offered with this service" },
    });
    expect((await sandbox.get("/v1/appointments?clientId=cli_james")).body).toHaveLength(before);
  });

  it("refuses a time that holds the service but not its add-ons", async () => {
    const answer = await sandbox.post(
      "/v1/appointments",
      booking({ time: "03:30 PM", addOnServices: [{ id: "add_deep_conditioning" }] }),
    );
    expect(answer).toEqual({ status: 400, body: { message: "Selected time slot is not available" } });
  });

  it("keeps the add-ons, and their length, when the appointment moves", async () => {
    const booked = await sandbox.post(
      "/v1/appointments",
      booking({ date: "2026-06-03", time: "09:00 AM", addOnServices: [{ id: "add_bond_repair" }] }),
    );
    expect(booked.status).toBe(200);
    const tooLate = await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: booked.body.id,
      date: "2026-06-03",
      time: "03:30 PM",
    });
    expect(tooLate.status).toBe(400);
    const moved = await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: booked.body.id,
      date: "2026-06-03",
      time: "03:00 PM",
    });
    expect(moved.body.addOnServices.map((addOn: { id: string }) => addOn.id)).toEqual(["add_bond_repair"]);
    expect(moved.body.endTimeUTC).toBe("2026-06-03T16:00:00.000Z");
  });
});
