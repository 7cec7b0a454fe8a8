// `npm run check` is what a business runs before going live: if these fail, it could pass an account
// the portal cannot use, fail one it can, miss a drift, spend more than its request budget, write to
// the account, or print the key.
import { afterEach, describe, expect, it, vi } from "vitest";
import { API_KEY, type TestSandbox, startTestSandbox } from "@/sandbox/test-support";
import { runConnectionCheck } from "./connection-check";
import { formatConnectionCheck } from "./connection-check-report";

vi.mock("./client", () => ({ defaultHttp: () => undefined }));

const NOW = "2026-06-01T10:07:00Z";
const OTHER_KEY = "stub-upstream-key";
let sandbox: TestSandbox | undefined;

afterEach(async () => {
  await sandbox?.dispose();
  sandbox = undefined;
});

async function checkSandbox(options: Parameters<typeof startTestSandbox>[0] = {}, apiKey = API_KEY) {
  sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0, ...options });
  const report = await runConnectionCheck({ baseUrl: sandbox.url, apiKey, now: new Date(NOW) });
  return { report, output: formatConnectionCheck(report, apiKey) };
}

function jsonAnswer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function stubService(fields: Record<string, unknown> = {}) {
  return {
    id: "svc_1",
    serviceType: "APPOINTMENT",
    name: "Cut",
    location: { id: "loc_1" },
    durationMinutes: 30,
    active: true,
    allowOnlineBooking: true,
    ...fields,
  };
}

/** A stub upstream with one location that answers each path from `answers`, [] for the rest. */
async function checkStub(
  answers: Record<string, unknown>,
  onRequest: (url: URL, method: string) => void = () => {},
) {
  const paths: Record<string, unknown> = { "/v1/locations": [{ id: "loc_1", title: "Centro" }], ...answers };
  const report = await runConnectionCheck({
    baseUrl: "https://api.example.test",
    apiKey: OTHER_KEY,
    now: new Date(NOW),
    fetch: async (input, init) => {
      const url = new URL(String(input));
      onRequest(url, init?.method ?? "GET");
      const answer = paths[url.pathname] ?? [];
      return jsonAnswer(typeof answer === "function" ? answer(url) : answer);
    },
  });
  return { report, output: formatConnectionCheck(report, OTHER_KEY) };
}

describe("runConnectionCheck", () => {
  it("passes the sandbox as documented, with the summary a business reads, GET only and in budget", async () => {
    const { report, output } = await checkSandbox();
    expect(report.works).toBe(true);
    expect(report.drift).toEqual([]);
    expect(output).toContain("✓ locations: 2 (Soho Studio, Bandra Clinic)");
    expect(output).toContain(
      "✓ services: 8 of 10 appointment services are bookable online (active and allowOnlineBooking); " +
        "not offered: Hot Stone Massage (inactive), Home Physiotherapy Visit (allowOnlineBooking off)",
    );
    expect(output).toContain("✓ staff: 5 (5 active)");
    expect(output).toMatch(/✓ classes: \d+ in the next 4 weeks \(1 cancelled, \d+ full\)/);
    expect(output).toMatch(/✓ class participants of .+: 3 booked, 1 waitlisted/);
    expect(output).toContain("· webhook for this portal: not registered");
    expect(output).toMatch(/✓ staff Amelia Hart: next free time 2026-06-\d\d \d\d:\d\d \(Europe\/London\)/);
    expect(output).toContain("Result: the portal can work with this account.");

    const { body: stats } = await sandbox!.get("/__sandbox/stats");
    expect(report.requestsUsed).toBe(stats.total);
    expect(report.requestsUsed).toBeLessThanOrEqual(30);
    expect(output).toContain(`Requests used: ${stats.total} of 30`);
    expect(Object.keys(stats.byRoute).every((route) => route.startsWith("GET "))).toBe(true);
    expect(Object.keys(stats.byRoute)).toEqual(
      expect.arrayContaining([
        "GET /v1/locations",
        "GET /v1/services",
        "GET /v1/staffs",
        "GET /v1/serviceCategories",
        "GET /v1/classes",
        "GET /v1/classes/:id/participants",
        "GET /v1/appointments",
        "GET /v1/clients",
        "GET /v1/webhooks",
        "GET /v1/appointments/slots",
      ]),
    );
  });

  it("passes a drifted account and names each drift it saw", async () => {
    const { report, output } = await checkSandbox({ drift: true });
    expect(report.works).toBe(true);
    const drift = report.drift.join("\n");
    expect(drift).toContain('services: `sellingPrice` came as text (e.g. "');
    expect(drift).toContain("services: `durationMinutes` came as text");
    expect(drift).toContain("services: `advanceSettings.advanceBookingLimitDays` came as text");
    expect(drift).toContain("classes: `numberOfParticipants` came as text");
    expect(drift).toContain("services: unknown field `customFields`, ignored");
    expect(drift).toContain("services: `categories` missing, the portal does without it");
    expect(drift).toContain("locations: `addressLine2` missing");
    expect(drift).toMatch(
      /appointments: `status` came as CONFIRMED \(documented: Booked.*\), read as booked/,
    );
    expect(drift).toContain(
      "classes: `status` came as ACTIVE (documented: Active, Cancelled), read as active",
    );
    expect(drift).toContain("class participants: `status` came as WAITLISTED");
    expect(drift).toMatch(
      /appointments: `time` came as \d\d:\d\d \(documented form: \d\d:\d\d [AP]M\), accepted/,
    );
    expect(drift).toMatch(/slots: `slots.startTime` came as \d\d:\d\d \(documented form: /);
    expect(output).toContain("Answers that differ from the documented ones (the portal copes with each):");
    expect(report.requestsUsed).toBeLessThanOrEqual(30);
  });

  it("fails on a refused key with a clear message, and never prints the key", async () => {
    const wrongKey = "wrong-key-8d1f0c2a";
    const { report, output } = await checkSandbox({}, wrongKey);
    expect(report.works).toBe(false);
    expect(output).toContain("✗ The API key was refused (403 Forbidden)");
    expect(output).toContain("Result: the portal cannot work with this account");
    expect(output).not.toContain(wrongKey);
    // Nothing after a refused key can be checked: the check stops at the first read.
    expect(report.requestsUsed).toBe(1);
  });

  it("redacts the key even where the upstream echoes it", async () => {
    const apiKey = "echoed-key-51c9e7";
    const report = await runConnectionCheck({
      baseUrl: "https://api.example.test",
      apiKey,
      fetch: async () => jsonAnswer({ message: `Invalid key parameter ${apiKey}` }, 400),
    });
    const output = formatConnectionCheck(report, apiKey);
    expect(output).not.toContain(apiKey);
    expect(output).toContain("Invalid key parameter [API key]");
  });

  it("fails when nothing can be booked: no bookable service and no class", async () => {
    const methods: string[] = [];
    const { report, output } = await checkStub(
      { "/v1/services": [stubService({ allowOnlineBooking: false })] },
      (_url, method) => methods.push(method),
    );
    expect(report.works).toBe(false);
    expect(output).toContain("✗ nothing to book: no service is bookable online and no class is coming up");
    expect(methods.every((method) => method === "GET")).toBe(true);
  });

  it("fails on an answer the portal cannot read, naming the field", async () => {
    const { report, output } = await checkStub({
      "/v1/services": [stubService({ durationMinutes: "half an hour" })],
    });
    expect(report.works).toBe(false);
    expect(output).toMatch(/✗ services: an answer the portal cannot read: .*durationMinutes/);
  });

  it("names settings it had to ignore, and still passes", async () => {
    const { report, output } = await checkStub({
      "/v1/services": [
        stubService({ id: "svc_1", advanceSettings: "60 days" }),
        stubService({ id: "svc_2", advanceSettings: { advanceBookingLimitDays: "sixty" } }),
      ],
    });
    expect(report.works).toBe(true);
    expect(report.drift).toContain("services: unexpected shape at `advanceSettings` (e.g. svc_1), ignored");
    expect(report.drift).toContain(
      'services: `advanceSettings.advanceBookingLimitDays` is not a number (e.g. "sixty"), ignored',
    );
    expect(output).toContain("! service Cut: no staff listed, so it has no times to book");
  });

  it("says which staff have no free times in the next 14 days, in five reads of three days", async () => {
    const slotDates: string[] = [];
    const { report, output } = await checkStub(
      {
        "/v1/staffs": [{ id: "stf_1", firstName: "Ana", lastName: "Lima", active: true }],
        "/v1/services": [stubService({ staffs: [{ id: "stf_1" }] })],
        "/v1/appointments/slots": (url: URL) => [
          { date: url.searchParams.get("date"), timezone: "Europe/London", slots: [] },
        ],
      },
      (url) => {
        if (url.pathname === "/v1/appointments/slots") slotDates.push(url.searchParams.get("date") ?? "");
      },
    );
    expect(slotDates).toEqual(["2026-06-01", "2026-06-04", "2026-06-07", "2026-06-10", "2026-06-13"]);
    expect(report.works).toBe(true);
    expect(output).toContain("! staff Ana Lima has no free times in the next 14 days");
  });

  it("keeps to its request budget and says what it left out", async () => {
    sandbox = await startTestSandbox({ now: NOW, rateLimitRpm: 0 });
    const report = await runConnectionCheck({
      baseUrl: sandbox.url,
      apiKey: API_KEY,
      now: new Date(NOW),
      maxRequests: 9,
    });
    expect(report.requestsUsed).toBe(9);
    expect((await sandbox.get("/__sandbox/stats")).body.total).toBe(9);
    expect(formatConnectionCheck(report, API_KEY)).toContain(
      "free times not checked past day 0 (request budget)",
    );
  });

  it("finds the portal's webhook with its secret header", async () => {
    const { output } = await checkSandbox({
      webhookUrl: "http://127.0.0.1:9/api/webhooks/whautomate",
      webhookHeaders: { "x-webhook-secret": "a-webhook-secret-of-24-characters" },
    });
    expect(output).toContain(
      "✓ webhook for this portal: registered (http://127.0.0.1:9/api/webhooks/whautomate)",
    );
    expect(output).not.toContain("a-webhook-secret-of-24-characters");
  });
});
