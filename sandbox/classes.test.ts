import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ now: "2026-06-01T10:07:00Z", rateLimitRpm: 0 });
});
afterAll(() => sandbox.dispose());

const join = (classId: string, body: unknown) =>
  sandbox.post(`/v1/classes/${classId}/participants/add`, body);
const stranger = (index: number) => ({
  client: {
    fullName: `Stranger ${index}`,
    countryCode: "+44",
    phone: `7700902${String(index).padStart(3, "0")}`,
  },
});

describe("seeded classes", () => {
  it("carry the vendor's shape, including online and threshold fields", async () => {
    const { body: online } = await sandbox.get("/v1/classes/cls_meditation_online");
    expect(online).toMatchObject({
      location: { id: "loc_mumbai", title: "Bandra Clinic" },
      staff: { id: "stf_sofia", name: "Sofia Lopez" },
      timezone: "Asia/Kolkata",
      date: "2026-06-03",
      time: "08:30 PM",
      startTimeUTC: "2026-06-03T15:00:00.000Z",
      startTime: "2026-06-03T20:30:00.000Z",
      isOnlineClass: true,
      onlineClassPassCode: "482913",
      status: "Active",
    });
    expect(online.onlineClassLink).toMatch(/^https:\/\/meet\.example\.com\//);
    const { body: pilates } = await sandbox.get("/v1/classes/cls_pilates_last_spot");
    expect(pilates).toMatchObject({
      bookedParticipants: 3,
      numberOfParticipants: 4,
      isOnlineClass: false,
      onlineClassLink: null,
      advanceSettings: { advanceClassBookingThresholdMinutes: 60, cancelClassThresholdMinutes: 720 },
    });
    expect((await sandbox.get("/v1/classes/cls_yoga_cancelled")).body.status).toBe("Cancelled");
  });

  it("filter on the local date and location, sorted by start", async () => {
    const { body } = await sandbox.get(
      "/v1/classes?locationId=loc_mumbai&startDate=2026-06-03&endDate=2026-06-03",
    );
    expect(body.map((session: { id: string }) => session.id)).toEqual([
      "cls_mumbai_sunrise_yoga_01",
      "cls_meditation_online",
    ]);
  });
});

describe("joining a class", () => {
  // Overbooking a class is the failure users would notice first; this is the capacity guard.
  it("lets exactly one of 50 simultaneous joins take the last spot", async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => join("cls_pilates_last_spot", stranger(index))),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    const refused = results.filter((result) => result.status === 400);
    expect(refused).toHaveLength(49);
    expect(refused.every((result) => result.body.message === "Class is full")).toBe(true);
    expect((await sandbox.get("/v1/classes/cls_pilates_last_spot")).body.bookedParticipants).toBe(4);
  });

  it("refuses a full class unless a waitlist place is asked for", async () => {
    expect(await join("cls_yoga_full", { client: { id: "cli_emma" } })).toEqual({
      status: 400,
      body: { message: "Class is full" },
    });
    expect((await join("cls_yoga_full", { client: { id: "cli_emma" }, status: "BOOKED" })).status).toBe(400);
    const waitlisted = await join("cls_yoga_full", { client: { id: "cli_emma" }, status: "WAITLISTED" });
    expect(waitlisted.status).toBe(200);
    expect(waitlisted.body).toMatchObject({
      client: { id: "cli_emma", fullName: "Emma Clarke" },
      status: "Waitlisted",
    });
    expect((await sandbox.get("/v1/classes/cls_yoga_full")).body.bookedParticipants).toBe(3);
  });

  it("refuses a client who is already booked or waitlisted", async () => {
    const message = { message: "Client is already added to this class" };
    expect((await join("cls_yoga_full", { client: { id: "cli_james" } })).body).toEqual(message);
    expect(
      (await join("cls_yoga_full", { client: { id: "cli_olivia" }, status: "WAITLISTED" })).body,
    ).toEqual(message);
    const byPhone = { client: { fullName: "Ananya", countryCode: "+91", phone: "98200 12345" } };
    expect((await join("cls_meditation_online", byPhone)).body).toEqual(message);
  });

  it("refuses cancelled and started classes", async () => {
    expect(await join("cls_yoga_cancelled", { client: { id: "cli_james" } })).toEqual({
      status: 400,
      body: { message: "Class is cancelled" },
    });
    expect(await join("cls_yoga_past", { client: { id: "cli_james" } })).toEqual({
      status: 400,
      body: { message: "Class has already started" },
    });
  });

  it("cancels a participant, keeps them in the list and frees the spot", async () => {
    const { body: before } = await sandbox.get("/v1/classes/cls_sunrise_last_spot/participants");
    const rohan = before.find(
      (participant: { client: { id: string } }) => participant.client.id === "cli_rohan",
    );
    const cancelled = await sandbox.post("/v1/classes/cls_sunrise_last_spot/participants/cancel", {
      participantId: rohan.id,
      cancellationReason: "Travelling",
    });
    expect(cancelled.body).toMatchObject({ id: rohan.id, status: "Cancelled", paymentStatus: "" });
    const { body: after } = await sandbox.get("/v1/classes/cls_sunrise_last_spot/participants");
    expect(after).toHaveLength(before.length);
    expect((await sandbox.get("/v1/classes/cls_sunrise_last_spot")).body.bookedParticipants).toBe(1);
    expect((await join("cls_sunrise_last_spot", { client: { id: "cli_rohan" } })).status).toBe(200);
    const again = await sandbox.post("/v1/classes/cls_sunrise_last_spot/participants/cancel", {
      participantId: rohan.id,
    });
    expect(again.body).toEqual({ message: "Participant is already cancelled" });
  });
});

describe("a client's class bookings", () => {
  it("embeds the class and sorts by class start", async () => {
    const { body } = await sandbox.get("/v1/classes/clients/cli_emma/bookings?locationId=loc_london");
    const starts = body.map((booking: { class: { startTimeUTC: string } }) => booking.class.startTimeUTC);
    expect(starts).toEqual([...starts].sort());
    expect(body[0]).toMatchObject({
      class: { id: "cls_yoga_past" },
      status: "Booked",
      client: { id: "cli_emma" },
    });
    const ids = body.map((booking: { class: { id: string } }) => booking.class.id);
    expect(ids).toEqual(expect.arrayContaining(["cls_pilates_last_spot", "cls_yoga_cancelled"]));
  });
});

describe("managing classes", () => {
  it("creates, updates and deletes a class", async () => {
    const notAClass = await sandbox.post("/v1/classes", {
      location: { id: "loc_london" },
      staff: { id: "stf_amelia" },
      service: { id: "svc_signature_cut" },
      date: "2026-06-20",
      time: "06:00 PM",
    });
    expect(notAClass).toEqual({ status: 400, body: { message: "Service is not a class service" } });
    const created = await sandbox.post("/v1/classes", {
      location: { id: "loc_london" },
      staff: { id: "stf_amelia" },
      service: { id: "svc_mat_pilates" },
      date: "2026-06-20",
      time: "06:00 PM",
    });
    expect(created.body).toMatchObject({
      date: "2026-06-20",
      time: "06:00 PM",
      startTimeUTC: "2026-06-20T17:00:00.000Z",
      numberOfParticipants: 8,
      bookedParticipants: 0,
      status: "Active",
    });
    const updated = await sandbox.send("PUT", `/v1/classes/${created.body.id}`, {
      date: "2026-06-21",
      time: "17:30",
      numberOfParticipants: 2,
    });
    expect(updated.body).toMatchObject({
      id: created.body.id,
      date: "2026-06-21",
      time: "05:30 PM",
      numberOfParticipants: 2,
    });
    expect(await sandbox.send("DELETE", `/v1/classes/${created.body.id}`)).toEqual({
      status: 200,
      body: { success: true },
    });
    expect((await sandbox.get(`/v1/classes/${created.body.id}`)).body).toEqual({ error: "Invalid classId" });
  });
});
