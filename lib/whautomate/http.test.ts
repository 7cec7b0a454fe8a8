import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  UpstreamContractError,
  UpstreamForbiddenError,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from "./errors";
import { createWhautomateHttp } from "./http";
import { startStubUpstream, type StubAnswer, type StubUpstream } from "@/test/support/upstream/stub-upstream";

let upstream: StubUpstream;
let sleeps: number[];

beforeAll(async () => {
  upstream = await startStubUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.reset();
  sleeps = [];
});

function http(timeoutMs = 2_000) {
  return createWhautomateHttp({
    baseUrl: `${upstream.baseUrl}/`,
    apiKey: "test-key",
    timeoutMs,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  });
}

const anything = z.unknown();

describe("request", () => {
  it("sends the key, JSON accept, query and a body checked against its schema", async () => {
    upstream.answer({ json: { id: "c1" } });
    const result = await http().request("POST", "/v1/clients", {
      query: { locationId: "loc 1", page: 2, skipped: undefined },
      body: { schema: z.object({ fullName: z.string() }), value: { fullName: "Ada", dropped: true } },
      schema: z.object({ id: z.string() }),
    });
    expect(result).toEqual({ id: "c1" });
    const [sent] = upstream.requests;
    expect(sent?.headers["x-api-key"]).toBe("test-key");
    expect(sent?.headers.accept).toBe("application/json");
    expect(sent?.headers["content-type"]).toBe("application/json");
    expect(sent?.path).toBe("/v1/clients");
    expect(Object.fromEntries(sent?.query ?? [])).toEqual({ locationId: "loc 1", page: "2" });
    expect(sent?.body).toEqual({ fullName: "Ada" });
  });

  it("refuses to send a body that fails its own schema", async () => {
    const sending = http().request("POST", "/v1/appointments", {
      body: { schema: z.object({ time: z.string().regex(/^\d\d:\d\d [AP]M$/) }), value: { time: "25:00" } },
      schema: anything,
    });
    await expect(sending).rejects.toThrow(/^POST \/v1\/appointments: request body invalid: time:/);
    expect(upstream.requests).toHaveLength(0);
  });

  it("refuses a path whose id would be read as this folder or the one above", async () => {
    for (const id of [".", ".."]) {
      const sending = http().request("DELETE", `/v1/appointments/${encodeURIComponent(id)}`, {
        schema: anything,
      });
      await expect(sending).rejects.toThrow(/refusing a "\." or "\.\." segment/);
    }
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("error mapping", () => {
  const bodies: [string, (status: number) => StubAnswer, string | null][] = [
    [
      "{message}",
      (status) => ({ status, json: { message: "Invalid request body" } }),
      "Invalid request body",
    ],
    ["{error}", (status) => ({ status, json: { error: "Invalid locationId" } }), "Invalid locationId"],
    ["empty", (status) => ({ status, text: "" }), null],
    ["non-JSON", (status) => ({ status, text: "<html>Bad Gateway</html>" }), null],
  ];
  const statuses = [
    [400, UpstreamInvalidRequestError],
    [403, UpstreamForbiddenError],
    [404, UpstreamNotFoundError],
    [422, UpstreamInvalidRequestError],
    [429, UpstreamRateLimitedError],
    [500, UpstreamUnavailableError],
    [503, UpstreamUnavailableError],
  ] as const;
  const cases = statuses.flatMap(([status, errorClass]) =>
    bodies.map(([bodyName, answer, message]) => ({ status, errorClass, bodyName, answer, message })),
  );

  it.each(cases)(
    "$status with $bodyName body → $errorClass.name",
    async ({ status, errorClass, answer, message }) => {
      upstream.answer(answer(status));
      const error = await http()
        .request("POST", "/v1/appointments/cancel", {
          body: { schema: anything, value: {} },
          schema: anything,
        })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(errorClass);
      expect(error).toMatchObject({ name: errorClass.name, status, upstreamMessage: message });
      const prefix = status >= 500 ? `server error ${status}` : `${status} `;
      expect((error as Error).message).toMatch(new RegExp(`^POST /v1/appointments/cancel: ${prefix}`));
      if (message) expect((error as Error).message).toContain(message);
    },
  );

  it("says which kind of unavailability: server, timeout or network", async () => {
    upstream.answer({ status: 502, text: "" });
    await expect(http().request("POST", "/x", { schema: anything })).rejects.toMatchObject({
      reason: "server",
      message: "POST /x: server error 502",
    });
    upstream.answer({ hang: true });
    await expect(http(100).request("POST", "/x", { schema: anything })).rejects.toMatchObject({
      reason: "timeout",
      message: "POST /x: timed out after 100ms",
    });
    const nowhere = createWhautomateHttp({ baseUrl: "http://127.0.0.1:1", apiKey: "k" });
    await expect(nowhere.request("POST", "/x", { schema: anything })).rejects.toMatchObject({
      name: "UpstreamUnavailableError",
      reason: "network",
      message: expect.stringMatching(/^POST \/x: network error/),
    });
  });

  it("names the field path when a response breaks its schema", async () => {
    upstream.answer({ json: [{ id: "a1", startTimeUTC: "2025-05-12T10:00:00.000Z" }, { id: "a2" }] });
    const schema = z.array(z.looseObject({ id: z.string(), startTimeUTC: z.string() }));
    const error = await http()
      .request("GET", "/v1/appointments", { schema })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamContractError);
    expect((error as Error).message).toMatch(/^GET \/v1\/appointments: \[1\]\.startTimeUTC: expected string/);
    expect(upstream.requests).toHaveLength(1);
  });

  it("treats a 200 that is not JSON as a contract error", async () => {
    upstream.answer({ status: 200, text: "<html>" });
    await expect(http().request("GET", "/v1/locations", { schema: anything })).rejects.toMatchObject({
      name: "UpstreamContractError",
      message: "GET /v1/locations: response is not JSON",
    });
  });
});

describe("retries", () => {
  it("retries a GET up to twice on 5xx, then succeeds", async () => {
    upstream.answer({ status: 500, text: "" }, { status: 503, json: { message: "busy" } }, { json: [] });
    await expect(http().request("GET", "/v1/classes", { schema: z.array(z.unknown()) })).resolves.toEqual([]);
    expect(upstream.requests).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it("gives up after three calls", async () => {
    upstream.answer(
      { status: 500, text: "" },
      { status: 500, text: "" },
      { status: 500, json: { error: "down" } },
    );
    const error = await http()
      .request("GET", "/v1/classes", { schema: anything })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error).toMatchObject({ upstreamMessage: "down", status: 500 });
    expect(upstream.requests).toHaveLength(3);
  });

  it("waits at least a second after a 429", async () => {
    upstream.answer({ status: 429, text: "" }, { status: 429, text: "" }, { status: 429, text: "" });
    await expect(http().request("GET", "/v1/classes", { schema: anything })).rejects.toBeInstanceOf(
      UpstreamRateLimitedError,
    );
    expect(upstream.requests).toHaveLength(3);
    expect(sleeps).toEqual([1250, 2500]);
    expect(Math.min(...sleeps)).toBeGreaterThanOrEqual(1000);
  });

  it("retries a GET that times out", async () => {
    upstream.answer({ hang: true }, { hang: true }, { json: { ok: true } });
    await expect(http(100).request("GET", "/v1/locations", { schema: anything })).resolves.toEqual({
      ok: true,
    });
    expect(upstream.requests).toHaveLength(3);
  });

  it("does not retry what will fail again", async () => {
    upstream.answer({ status: 404, json: { error: "Invalid locationId" } });
    await expect(http().request("GET", "/v1/locations/x", { schema: anything })).rejects.toBeInstanceOf(
      UpstreamNotFoundError,
    );
    expect(upstream.requests).toHaveLength(1);
  });

  it.each(["POST", "PUT", "DELETE"] as const)("never retries a %s, on 500 or on timeout", async (method) => {
    upstream.answer({ status: 500, text: "" });
    await expect(http().request(method, "/v1/appointments", { schema: anything })).rejects.toBeInstanceOf(
      UpstreamUnavailableError,
    );
    expect(upstream.requests).toHaveLength(1);

    upstream.reset();
    upstream.answer({ hang: true });
    await expect(http(100).request(method, "/v1/appointments", { schema: anything })).rejects.toMatchObject({
      reason: "timeout",
    });
    expect(upstream.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});
