import { afterEach, describe, expect, it, vi } from "vitest";
import { getJson } from "./get-json";
import { ReadError } from "./read-failure";

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
