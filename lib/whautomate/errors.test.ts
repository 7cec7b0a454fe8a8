import { describe, expect, it, vi } from "vitest";
import * as errors from "./errors";

describe("upstream errors across copies of their module", () => {
  // The upstream cache is shared by every bundle of the app: a route handler must recognise the
  // errors thrown by the copy of this module a page loaded, or a busy upstream reads as a crash.
  it("are recognised by another copy's classes, down their class chain and no further", async () => {
    vi.resetModules();
    const other = await import("./errors");
    expect(other.UpstreamUnavailableError).not.toBe(errors.UpstreamUnavailableError);

    const down = new other.UpstreamUnavailableError("GET /v1/classes: 502", "server");
    expect(down instanceof errors.UpstreamUnavailableError).toBe(true);
    expect(down instanceof errors.WhautomateError).toBe(true);
    expect(down instanceof errors.UpstreamRateLimitedError).toBe(false);
    expect(down instanceof Error).toBe(true);
    expect(new Error("plain") instanceof errors.WhautomateError).toBe(false);
    expect(new errors.WhautomateError("base") instanceof other.UpstreamNotFoundError).toBe(false);
  });
});
