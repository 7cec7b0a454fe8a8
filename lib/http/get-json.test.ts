import { afterEach, describe, expect, it, vi } from "vitest";
import { getJson } from "./get-json";
import { ReadError, readFailureKey } from "./read-failure";

const refusals = {
  invalid: "booking.selectionInvalid",
  not_found: "classes.error.notFound",
  rate_limited: "booking.rateLimited",
} as const;

function answer(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("getJson", () => {
  it("asks for the path with the given parameters, leaving out the empty ones, under the query's signal", async () => {
    const fetch = answer(200, { week: "2026-11-30" });
    const signal = new AbortController().signal;
    const params = { week: "2026-11-23", timeZone: "Europe/London", locationId: null };
    expect(await getJson("/api/classes/next-week", params, signal)).toEqual({ week: "2026-11-30" });
    expect(fetch).toHaveBeenCalledWith(
      "/api/classes/next-week?week=2026-11-23&timeZone=Europe%2FLondon",
      expect.objectContaining({ signal }),
    );
  });

  it("throws a refusal as a ReadError carrying the route's code", async () => {
    answer(429, { code: "rate_limited" });
    const error = await getJson("/api/availability/month", {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429 });
  });

  it("treats an answer without a known code (a proxy's error page) as a failed upstream", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(getJson("/api/classes/week", {})).rejects.toMatchObject({ code: "unexpected" });
  });
});

describe("readFailureKey", () => {
  it("words a refusal the feature's way, an upstream failure the same everywhere, anything else as the fallback", () => {
    expect(readFailureKey(new ReadError("rate_limited", 429), refusals, "error.generic")).toBe(
      "booking.rateLimited",
    );
    expect(readFailureKey("upstream_busy", refusals, "error.generic")).toBe("error.upstreamBusy");
    expect(readFailureKey(new TypeError("Failed to fetch"), refusals, "booking.slots.loadFailed")).toBe(
      "booking.slots.loadFailed",
    );
    expect(readFailureKey(null, refusals, "error.generic")).toBe("error.generic");
  });
});
