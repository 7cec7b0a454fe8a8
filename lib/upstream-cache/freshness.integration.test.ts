// The cache's promise, end to end: a change made in the app or at the front desk is seen by the
// very next visitor even though reads are cached for minutes. Server actions, the read and webhook routes
// and the cached reads run in plain Node against an in-process sandbox that sends real webhooks.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TimetableWeek } from "@/lib/classes/views";
import { mondayOf } from "@/lib/classes/week";
import {
  fake,
  newVisitor,
  startUpstream,
  upstreamRequests,
  webhookSecret,
} from "@/test/support/actions/action-harness";
import { loadReadRoutes, readData } from "@/test/support/actions/read-routes";
import type { TestSandbox } from "@/sandbox/test-support";

vi.mock("next/headers", async () => (await import("@/test/support/actions/action-harness")).nextHeaders);
vi.mock("next/cache", () => ({ refresh: () => {}, revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/env", async () => (await import("@/test/support/actions/action-harness")).envModule());

// Long enough that only an invalidation can explain a fresh read within a test.
fake.env = { CACHE_AVAILABILITY_SECONDS: "600", CACHE_CATALOGUE_SECONDS: "600" };

let sandbox: TestSandbox;
let webhookReceiver: Server;
let webhookUrl: string;

/** Webhooks off proves the app's own invalidation; on, the front desk's path. */
const sendWebhooks = (on: boolean) =>
  sandbox.post("/__sandbox/settings", { webhookUrl: on ? webhookUrl : null });

beforeAll(async () => {
  sandbox = await startUpstream();
  const { POST } = await import("@/app/api/webhooks/whautomate/route");
  webhookReceiver = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await POST(
      new Request("http://app.test/api/webhooks/whautomate", {
        method: "POST",
        headers: { "x-webhook-secret": String(request.headers["x-webhook-secret"] ?? "") },
        body: Buffer.concat(chunks),
      }),
    );
    response.writeHead(answer.status).end(await answer.text());
  });
  await new Promise<void>((resolve) => webhookReceiver.listen(0, "127.0.0.1", resolve));
  const { port } = webhookReceiver.address() as AddressInfo;
  webhookUrl = `http://127.0.0.1:${port}/`;
  await sandbox.post("/__sandbox/settings", { webhookHeaders: { "x-webhook-secret": webhookSecret } });
});

afterAll(async () => {
  await new Promise((resolve) => webhookReceiver.close(resolve));
  await sandbox.dispose();
});

const reads = async (route: string) => (await upstreamRequests()).byRoute[route] ?? 0;

async function deliveredWebhooks(type: string): Promise<number> {
  const { body } = await sandbox.get("/__sandbox/webhooks");
  return (body as Array<{ type: string; status: number | null }>).filter(
    (delivery) => delivery.type === type && delivery.status === 200,
  ).length;
}

describe("cached reads stay true to what changed", () => {
  it("a class join in the app shows at once on the next visitor's timetable", async () => {
    await sendWebhooks(false);
    const { joinClass } = await import("@/components/classes/actions");
    const routes = await loadReadRoutes();
    const { body: pilates } = await sandbox.get("/v1/classes/cls_pilates_last_spot");
    const week = mondayOf(String(pilates.date).slice(0, 10));
    const spotsLeft = async () => {
      newVisitor();
      const timetable = readData<TimetableWeek>(await routes.week({ week, timeZone: "Europe/London" }));
      const found = timetable.days.flatMap((day) => day.classes).find((c) => c.id === pilates.id);
      return found?.spotsLeft;
    };

    expect(await spotsLeft()).toBe(1);
    const before = await reads("GET /v1/classes");
    expect(await spotsLeft()).toBe(1);
    expect(await reads("GET /v1/classes")).toBe(before);

    newVisitor();
    const joined = await joinClass({
      classId: pilates.id,
      contact: { fullName: "Ada Lovelace", country: "GB", phone: "07700 900311" },
    });
    expect(joined.ok).toBe(true);
    expect(await spotsLeft()).toBe(0);
  });

  it("a booking made at the front desk reaches the cached slots through the webhook", async () => {
    await sendWebhooks(true);
    const { cachedGetSlots } = await import("./cached-reads");
    const date = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const query = {
      locationId: "loc_london",
      serviceId: "svc_signature_cut",
      staffId: "stf_amelia",
      date,
      nextThreeDays: true,
    };
    const freeTimes = async () =>
      (await cachedGetSlots(query)).value.flatMap((day) => day.slots.map((slot) => slot.startsAt));

    const before = await freeTimes();
    const asked = await reads("GET /v1/appointments/slots");
    expect(await freeTimes()).toEqual(before);
    expect(await reads("GET /v1/appointments/slots")).toBe(asked);

    const { body: days } = await sandbox.get(
      `/v1/appointments/slots?locationId=loc_london&serviceId=svc_signature_cut&staffId=stf_amelia&date=${date}&nextThreeDays=true`,
    );
    const day = (days as Array<{ date: string; slots: Array<{ startTime: string }> }>).find(
      (candidate) => candidate.slots.length > 0,
    );
    if (!day) throw new Error("Amelia has no free time in those three days");
    const delivered = await deliveredWebhooks("appointment_scheduled");
    const booked = await sandbox.post("/v1/appointments", {
      client: { id: "cli_james" },
      location: { id: "loc_london" },
      service: { id: "svc_signature_cut" },
      staff: { id: "stf_amelia" },
      date: day.date.slice(0, 10),
      time: day.slots[0]!.startTime,
    });
    expect(booked.status).toBe(200);
    await vi.waitFor(async () =>
      expect(await deliveredWebhooks("appointment_scheduled")).toBe(delivered + 1),
    );

    const after = await freeTimes();
    expect(after).not.toContain(booked.body.startTimeUTC);
    // The booking (45 min, then 15 min blocked) takes every time that would overlap it, how many
    // depends on the day's seed; nothing else changes.
    const start = Date.parse(booked.body.startTimeUTC);
    const gone = before.filter((time) => !after.includes(time));
    expect(after.every((time) => before.includes(time))).toBe(true);
    expect(gone.length).toBeGreaterThan(0);
    for (const time of gone) {
      expect(Math.abs(Date.parse(time) - start)).toBeLessThan(60 * 60_000);
    }
  });
});
