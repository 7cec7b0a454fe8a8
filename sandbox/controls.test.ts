import { afterEach, describe, expect, it } from "vitest";
import { type TestResponse, type TestSandbox, startTestSandbox } from "./test-support";

const NOW = "2026-06-01T10:07:00Z";
let sandbox: TestSandbox | undefined;

afterEach(async () => {
  await sandbox?.dispose();
  sandbox = undefined;
});

describe("rate limit", () => {
  // Every portal visitor shares the account's budget; the app must survive 429s.
  it("answers 429 after N requests a minute, but never on the control API", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 5 });
    const statuses = [];
    for (let index = 0; index < 6; index += 1) statuses.push((await sandbox.get("/v1/locations")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await sandbox.get("/v1/locations")).body).toEqual({ message: "Too Many Requests" });
    expect((await sandbox.get("/__sandbox/health")).status).toBe(200);
    const { body: stats } = await sandbox.get("/__sandbox/stats");
    expect(stats).toMatchObject({ total: 7, status429: 2, byRoute: { "GET /v1/locations": 7 } });

    await sandbox.post("/__sandbox/settings", { rateLimitRpm: 0 });
    expect((await sandbox.get("/v1/locations")).status).toBe(200);
  });
});

describe("fail rate", () => {
  it("answers 500 before doing any work, so a failed booking changes nothing", async () => {
    sandbox = await startTestSandbox({ now: NOW, failRate: 1 });
    const failed = await sandbox.post("/v1/clients", {
      fullName: "Ghost",
      countryCode: "+44",
      phone: "7700900999",
    });
    expect(failed).toEqual({ status: 500, body: { message: "Internal Server Error" } });
    expect((await sandbox.post("/__sandbox/settings", { failRate: 0 })).body).toMatchObject({ failRate: 0 });
    expect((await sandbox.get("/v1/clients?searchText=ghost")).body).toEqual([]);
    expect((await sandbox.get("/__sandbox/stats")).body.status500).toBe(1);
  });
});

describe("latency", () => {
  it("delays answers by the configured time", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    await sandbox.post("/__sandbox/settings", { latencyMs: 250 });
    const started = performance.now();
    await sandbox.get("/v1/locations");
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    expect((await sandbox.post("/__sandbox/settings", { latencyMs: -1 })).status).toBe(400);
  });

  it("delays only the listed routes when latencyRoutes is set", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    await sandbox.post("/__sandbox/settings", { latencyMs: 400, latencyRoutes: ["GET /v1/locations/:id"] });
    let started = performance.now();
    await sandbox.get("/v1/locations");
    expect(performance.now() - started).toBeLessThan(300);
    started = performance.now();
    await sandbox.get("/v1/locations/loc_london");
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });
});

describe("hold", () => {
  /** The request's answer, and whether it has come yet. */
  function track(pending: Promise<TestResponse>) {
    const tracked = { answered: false, done: pending };
    void pending.then(() => (tracked.answered = true));
    return tracked;
  }

  // Loading states are tested by holding answers for as long as the test looks at them: a fixed
  // latency races the app's own timers.
  it("holds the listed routes' answers until released, and nothing else", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    const started = await sandbox.post("/__sandbox/hold", { routes: ["GET /v1/locations/:id"] });
    expect(started.body).toEqual({ routes: ["GET /v1/locations/:id"], maxMs: 30_000 });
    const held = track(sandbox.get("/v1/locations/loc_london"));
    expect((await sandbox.get("/v1/locations")).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held.answered).toBe(false);

    expect((await sandbox.post("/__sandbox/release", {})).body).toEqual({ released: 1 });
    expect(await held.done).toMatchObject({ status: 200, body: { id: "loc_london" } });
    const afterRelease = performance.now();
    await sandbox.get("/v1/locations/loc_london");
    expect(performance.now() - afterRelease).toBeLessThan(300);
  });

  it("holds every /v1 route when none are listed, and reset lets them all go", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    await sandbox.post("/__sandbox/hold", {});
    const held = [track(sandbox.get("/v1/locations")), track(sandbox.get("/v1/staffs"))];
    expect((await sandbox.get("/__sandbox/health")).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(held.map((request) => request.answered)).toEqual([false, false]);

    await sandbox.post("/__sandbox/reset", {});
    expect((await Promise.all(held.map((request) => request.done))).map(({ status }) => status)).toEqual([
      200, 200,
    ]);
    expect((await sandbox.post("/__sandbox/release", {})).body).toEqual({ released: 0 });
  });

  it("answers a held request once the hold's maxMs has passed, without a release", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    await sandbox.post("/__sandbox/hold", { maxMs: 400 });
    const started = performance.now();
    expect((await sandbox.get("/v1/locations")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });

  it("refuses a hold it cannot honour", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    expect((await sandbox.post("/__sandbox/hold", { routes: "GET /v1/classes" })).status).toBe(400);
    expect((await sandbox.post("/__sandbox/hold", { maxMs: 600_000 })).status).toBe(400);
  });
});

describe("outbox", () => {
  it("keeps every template sent, newest last", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    const template = { name: "booking_login_code", language: "en" };
    const toClient = await sandbox.post("/v1/messages/whatsapp/sendtemplate", {
      client: { id: "cli_ananya" },
      template,
      location: { id: "loc_mumbai" },
      bodyTextParameters: ["483920"],
    });
    expect(toClient.body).toMatchObject({ status: "sent" });
    await sandbox.post("/v1/messages/whatsapp/sendtemplate", {
      recepient: { phoneNumber: "+447700900444", name: "Walk In" },
      template,
      bodyTextParameters: ["111222"],
    });
    const noTarget = await sandbox.post("/v1/messages/whatsapp/sendtemplate", { template });
    expect(noTarget).toEqual({ status: 400, body: { message: "Invalid request body" } });
    const unknown = await sandbox.post("/v1/messages/whatsapp/sendtemplate", {
      client: { id: "cli_x" },
      template,
    });
    expect(unknown).toEqual({ status: 404, body: { error: "Invalid clientId" } });

    const { body: outbox } = await sandbox.get("/__sandbox/outbox");
    expect(outbox).toHaveLength(2);
    expect(outbox[0]).toMatchObject({
      id: toClient.body.id,
      to: { phoneNumber: "+919820012345", clientId: "cli_ananya", name: "Ananya Iyer" },
      template,
      bodyTextParameters: ["483920"],
      sentAt: "2026-06-01T10:07:00.000Z",
    });
    expect(outbox[1].to).toEqual({ phoneNumber: "+447700900444", clientId: null, name: "Walk In" });
  });
});

describe("reset and clock", () => {
  it("reseeds relative to a new instant and clears the outbox and stats", async () => {
    sandbox = await startTestSandbox({ now: NOW });
    await sandbox.post("/v1/clients", { fullName: "Temporary", countryCode: "+44", phone: "7700900888" });
    await sandbox.post("/v1/messages/whatsapp/sendtemplate", {
      client: { id: "cli_emma" },
      template: { name: "t", language: "en" },
    });
    await sandbox.get("/v1/classes/cls_yoga_full/participants");
    expect((await sandbox.get("/__sandbox/stats")).body.byRoute).toMatchObject({
      "POST /v1/clients": 1,
      "GET /v1/classes/:id/participants": 1,
    });

    const reset = await sandbox.post("/__sandbox/reset", { now: "2026-07-01T08:00:00Z" });
    expect(reset.body).toMatchObject({ ok: true, now: "2026-07-01T08:00:00.000Z" });
    expect((await sandbox.get("/__sandbox/outbox")).body).toEqual([]);
    expect((await sandbox.get("/__sandbox/stats")).body).toEqual({
      total: 0,
      byRoute: {},
      status429: 0,
      status500: 0,
    });
    expect((await sandbox.get("/v1/clients?searchText=temporary")).body).toEqual([]);
    expect((await sandbox.get("/v1/classes/cls_yoga_past")).body.date).toBe("2026-06-30");

    const unfrozen = await sandbox.post("/__sandbox/reset", { now: null });
    expect(unfrozen.body.clockFrozen).toBe(false);
    expect(Math.abs(Date.parse(unfrozen.body.now) - Date.now())).toBeLessThan(5_000);
  });
});
