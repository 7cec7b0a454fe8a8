import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

// Monday 1 June 2026. On Tuesday Amelia works 09:00–13:00 and 14:00–17:00 in London.
const NOW = "2026-06-01T10:07:00Z";
const AMELIA_TUESDAY = "locationId=loc_london&serviceId=svc_signature_cut&staffId=stf_amelia&date=2026-06-02";

const startTimes = (bucket: { slots: { startTime: string }[] }) => bucket.slots.map((slot) => slot.startTime);
const booking = (overrides: Record<string, unknown>) => ({
  client: { id: "cli_james" },
  location: { id: "loc_london" },
  service: { id: "svc_signature_cut" },
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
    const cut = services.find((service: { id: string }) => service.id === "svc_signature_cut");
    expect(cut.addOnServices).toEqual([
      {
        id: "add_deep_conditioning",
        name: "Deep Conditioning Treatment",
        durationMinutes: 15,
        sellingPrice: 20,
      },
      { id: "add_scalp_massage", name: "Scalp Massage", durationMinutes: 15, sellingPrice: 12 },
    ]);
    const trim = services.find((service: { id: string }) => service.id === "svc_beard_trim");
    expect(trim.addOnServices).toEqual([]);
  });

  it("offers only the starts that hold the service and its add-ons", async () => {
    const [alone] = (await sandbox.get(`/v1/appointments/slots?${AMELIA_TUESDAY}`)).body;
    expect(startTimes(alone)).toEqual(expect.arrayContaining(["12:15 PM", "04:15 PM"]));
    const [longer] = (
      await sandbox.get(`/v1/appointments/slots?${AMELIA_TUESDAY}&addOnServices=add_deep_conditioning`)
    ).body;
    expect(startTimes(longer)).not.toContain("12:15 PM");
    expect(startTimes(longer)).not.toContain("04:15 PM");
    expect(longer.slots).toContainEqual({ startTime: "12:00 PM", endTime: "01:00 PM" });
    const [both] = (
      await sandbox.get(
        `/v1/appointments/slots?${AMELIA_TUESDAY}&addOnServices=add_deep_conditioning,add_scalp_massage`,
      )
    ).body;
    expect(startTimes(both)).not.toContain("12:00 PM");
    expect(startTimes(both)).toContain("11:45 AM");
  });

  it("refuses slots for an add-on the service does not offer", async () => {
    const answer = await sandbox.get(
      `/v1/appointments/slots?${AMELIA_TUESDAY}&addOnServices=add_bond_repair`,
    );
    expect(answer).toEqual({ status: 400, body: { error: "Invalid parameters" } });
  });

  it("books the add-ons into a longer appointment and answers them", async () => {
    const answer = await sandbox.post(
      "/v1/appointments",
      booking({ time: "12:00 PM", addOnServices: [{ id: "add_deep_conditioning" }] }),
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
    expect(answer.body.startTimeUTC).toBe("2026-06-02T11:00:00.000Z");
    expect(answer.body.endTimeUTC).toBe("2026-06-02T12:00:00.000Z");
  });

  it("refuses a booking whose add-on belongs to another service, and books nothing", async () => {
    const before = (await sandbox.get("/v1/appointments?clientId=cli_james")).body.length;
    const answer = await sandbox.post(
      "/v1/appointments",
      booking({ time: "09:00 AM", addOnServices: [{ id: "add_bond_repair" }] }),
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
      booking({ time: "04:15 PM", addOnServices: [{ id: "add_deep_conditioning" }] }),
    );
    expect(answer).toEqual({ status: 400, body: { message: "Selected time slot is not available" } });
  });

  it("keeps the add-ons, and their length, when the appointment moves", async () => {
    const booked = await sandbox.post(
      "/v1/appointments",
      booking({ time: "02:00 PM", addOnServices: [{ id: "add_scalp_massage" }] }),
    );
    const tooLate = await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: booked.body.id,
      date: "2026-06-02",
      time: "04:15 PM",
    });
    expect(tooLate.status).toBe(400);
    const moved = await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: booked.body.id,
      date: "2026-06-02",
      time: "04:00 PM",
    });
    expect(moved.body.addOnServices.map((addOn: { id: string }) => addOn.id)).toEqual(["add_scalp_massage"]);
    expect(moved.body.endTimeUTC).toBe("2026-06-02T16:00:00.000Z");
  });
});
