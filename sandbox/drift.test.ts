// The drifted mode is what the app's tolerance and `npm run check` are tested against: if an
// answer stopped drifting, those tests would pass without proving anything.
import { afterEach, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

const NOW = "2026-06-01T10:07:00Z";
let sandbox: TestSandbox | undefined;

afterEach(async () => {
  await sandbox?.dispose();
  sandbox = undefined;
});

describe("drifted answers", () => {
  it("writes numbers as text, leaves optional fields out and adds an unknown one", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0, drift: true });
    const { body: services } = await sandbox.get("/v1/services?locationId=loc_london");
    const cut = services.find((service: { id: string }) => service.id === "svc_signature_cut");
    expect(cut).toMatchObject({
      sellingPrice: "60",
      durationMinutes: "45",
      advanceSettings: { advanceBookingLimitDays: "60", blockTimeAfterAppointment: "15" },
      customFields: [],
    });
    expect(cut).not.toHaveProperty("categories");
    const { body: locations } = await sandbox.get("/v1/locations");
    expect(locations[0]).not.toHaveProperty("addressLine2");
  });

  it("answers statuses in other casing and times of day in 24-hour text", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0, drift: true });
    const { body: appointments } = await sandbox.get(
      "/v1/appointments?startDate=2026-06-01&endDate=2026-06-30",
    );
    const statuses = new Set(appointments.map((appointment: { status: string }) => appointment.status));
    expect(statuses).toContain("CONFIRMED");
    expect(statuses).not.toContain("Booked");
    expect(appointments[0].time).toMatch(/^\d{2}:\d{2}$/);
    const { body: participants } = await sandbox.get("/v1/classes/cls_yoga_full/participants");
    expect(participants.map((participant: { status: string }) => participant.status)).toContain("WAITLISTED");
    const { body: classes } = await sandbox.get("/v1/classes?startDate=2026-06-02&endDate=2026-06-02");
    expect(classes[0]).toMatchObject({ status: "ACTIVE", numberOfParticipants: expect.any(String) });
    const { body: days } = await sandbox.get(
      "/v1/appointments/slots?locationId=loc_london&serviceId=svc_signature_cut&date=2026-06-02",
    );
    expect(days[0].slots[0]).toEqual({ startTime: "09:00", endTime: "09:45" });
  });

  it("is switched at run time with /__sandbox/settings", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
    expect((await sandbox.get("/v1/services/svc_beard_trim")).body.sellingPrice).toBe(25);
    expect((await sandbox.post("/__sandbox/settings", { drift: true })).body).toMatchObject({ drift: true });
    expect((await sandbox.get("/v1/services/svc_beard_trim")).body.sellingPrice).toBe("25");
    await sandbox.post("/__sandbox/settings", { drift: false });
    expect((await sandbox.get("/v1/services/svc_beard_trim")).body.sellingPrice).toBe(25);
  });
});
