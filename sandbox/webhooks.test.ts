import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type TestSandbox, startTestSandbox } from "./test-support";
import { parseWebhookHeaders } from "./webhooks";

// Monday 1 June 2026, 11:07 in London.
const NOW = "2026-06-01T10:07:00Z";
const booking = {
  client: { id: "cli_emma" },
  location: { id: "loc_london" },
  service: { id: "svc_signature_cut" },
  staff: { id: "stf_amelia" },
  date: "2026-06-16",
  time: "10:00 AM",
};

interface Received {
  headers: IncomingHttpHeaders;
  // Payloads are arbitrary JSON; `any` keeps assertions short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A stand-in for the app's webhook route: records what arrives, or never answers. */
async function startReceiver(mode: "answer" | "hang" = "answer") {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk.toString()));
    request.on("end", () => {
      received.push({ headers: request.headers, body: JSON.parse(text) });
      if (mode === "answer") response.writeHead(200).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/whautomate`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let sandbox: TestSandbox | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(async () => {
  await receiver?.close();
  await sandbox?.dispose();
  sandbox = receiver = undefined;
});

async function setup(mode: "answer" | "hang" = "answer") {
  receiver = await startReceiver(mode);
  sandbox = await startTestSandbox({
    now: NOW,
    rateLimitRpm: 0,
    webhookUrl: receiver.url,
    webhookHeaders: { "x-webhook-secret": "front-desk-secret-0123456789" },
  });
  return { sandbox, receiver };
}

describe("webhooks", () => {
  // If this fails, bookings made over WhatsApp or at the front desk never reach the portal's cache.
  it("announce an appointment's booking, reschedule and cancel in the vendor's envelope", async () => {
    const { sandbox, receiver } = await setup();
    const { body: appointment } = await sandbox.post("/v1/appointments", booking);
    await sandbox.post("/v1/appointments/reschedule", {
      appointmentId: appointment.id,
      date: "2026-06-17",
      time: "11:00 AM",
    });
    await sandbox.post("/v1/appointments/cancel", { appointmentId: appointment.id });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(3));

    const types = receiver.received.map(({ body }) => body.event.type);
    expect(new Set(types)).toEqual(
      new Set(["appointment_scheduled", "appointment_rescheduled", "appointment_cancelled"]),
    );
    const scheduled = receiver.received.find(({ body }) => body.event.type === "appointment_scheduled");
    expect(scheduled?.headers["x-webhook-secret"]).toBe("front-desk-secret-0123456789");
    expect(scheduled?.body).toMatchObject({
      event: {
        id: expect.stringMatching(/^evt_/),
        timeStamp: "2026-06-01T10:07:00.000Z",
        key: appointment.id,
      },
      appointment: {
        id: appointment.id,
        location: { id: "loc_london" },
        staff: { id: "stf_amelia" },
        date: "2026-06-16",
        timezone: "Europe/London",
        status: "Booked",
      },
    });
    const rescheduled = receiver.received.find(({ body }) => body.event.type === "appointment_rescheduled");
    expect(rescheduled?.body.appointment).toMatchObject({ date: "2026-06-17", time: "11:00 AM" });
  });

  it("announce class joins and leaves with the class inside the participant", async () => {
    const { sandbox, receiver } = await setup();
    const { body: participant } = await sandbox.post("/v1/classes/cls_pilates_last_spot/participants/add", {
      client: { id: "cli_harry" },
    });
    await sandbox.post("/v1/classes/cls_pilates_last_spot/participants/cancel", {
      participantId: participant.id,
    });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2));
    const added = receiver.received.find(({ body }) => body.event.type === "class_participant_added");
    expect(added?.body).toMatchObject({
      event: { key: participant.id },
      participant: { id: participant.id, status: "Booked", class: { id: "cls_pilates_last_spot" } },
    });
    expect(added?.body.participant.class.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(receiver.received.map(({ body }) => body.event.type)).toContain("class_participant_cancelled");
  });

  it("announce nothing for a refused change or a read", async () => {
    const { sandbox, receiver } = await setup();
    expect((await sandbox.post("/v1/appointments", booking)).status).toBe(200);
    expect((await sandbox.post("/v1/appointments", booking)).status).toBe(400);
    await sandbox.get("/v1/appointments");
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(1);
  });

  // If this fails, a slow or dead receiver slows down or breaks the API itself.
  it("never hold up the API answer, and log how each delivery went", async () => {
    const { sandbox } = await setup("hang");
    const started = performance.now();
    const booked = await sandbox.post("/v1/appointments", booking);
    expect(booked.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1_000);

    await sandbox.post("/__sandbox/settings", { webhookUrl: "http://127.0.0.1:9/unreachable" });
    await sandbox.post("/v1/appointments/cancel", { appointmentId: booked.body.id });
    await vi.waitFor(async () => {
      const { body: log } = await sandbox.get("/__sandbox/webhooks");
      expect(log).toContainEqual(
        expect.objectContaining({ type: "appointment_cancelled", status: null, error: expect.any(String) }),
      );
    });
  });

  it("are switched on and off at run time, without showing the secret header's value", async () => {
    receiver = await startReceiver();
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
    await sandbox.post("/v1/appointments", booking);
    const { body: settings } = await sandbox.post("/__sandbox/settings", {
      webhookUrl: receiver.url,
      webhookHeaders: { "x-webhook-secret": "rotated-secret-0123456789" },
    });
    expect(settings).toMatchObject({ webhookUrl: receiver.url, webhookHeaderNames: ["x-webhook-secret"] });
    expect(JSON.stringify(settings)).not.toContain("rotated-secret");
    await sandbox.post("/v1/appointments", { ...booking, time: "02:00 PM" });
    await vi.waitFor(() => expect(receiver?.received).toHaveLength(1));
    expect((await sandbox.get("/__sandbox/webhooks")).body).toMatchObject([{ status: 200, error: null }]);
    await sandbox.post("/__sandbox/reset", {});
    expect((await sandbox.get("/__sandbox/webhooks")).body).toEqual([]);
    expect((await sandbox.post("/__sandbox/settings", { webhookUrl: "ftp://x" })).status).toBe(400);
  });

  it("are listed at GET /v1/webhooks as the account's one registration, behind the API key", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
    expect((await sandbox.get("/v1/webhooks")).body).toEqual([]);
    await sandbox.post("/__sandbox/settings", {
      webhookUrl: "http://127.0.0.1:9/api/webhooks/whautomate",
      webhookHeaders: { "x-webhook-secret": "listed-secret-0123456789" },
    });
    expect((await sandbox.get("/v1/webhooks")).body).toMatchObject([
      {
        active: true,
        serverUrl: "http://127.0.0.1:9/api/webhooks/whautomate",
        webhookHeaders: [{ key: "x-webhook-secret", value: "listed-secret-0123456789" }],
        events: expect.arrayContaining(["appointment_scheduled", "appointment_cancelled"]),
      },
    ]);
    expect((await sandbox.get("/v1/webhooks", null)).status).toBe(403);
  });
});

describe("parseWebhookHeaders", () => {
  it.each([
    ["x-webhook-secret: abc; x-other: d:e", { "x-webhook-secret": "abc", "x-other": "d:e" }],
    ['{"x-webhook-secret":"abc"}', { "x-webhook-secret": "abc" }],
    ['[{"key":"x-webhook-secret","value":"abc"}]', { "x-webhook-secret": "abc" }],
    ["", {}],
  ])("reads %s", (text, headers) => {
    expect(parseWebhookHeaders(text)).toEqual(headers);
  });

  it("refuses a pair without a colon", () => {
    expect(() => parseWebhookHeaders("x-webhook-secret abc")).toThrow(/Key: value/);
  });
});
