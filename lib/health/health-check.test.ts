import { describe, expect, it, vi } from "vitest";
import { createHealthCheck, type StoreHealth } from "./health-check";

function probes(upstream: boolean, store: StoreHealth) {
  return { upstream: vi.fn(async () => upstream), store: vi.fn(async () => store) };
}

describe("createHealthCheck", () => {
  it("is ok when the upstream answers and the store is Redis or memory", async () => {
    expect(await createHealthCheck(probes(true, "ok"))()).toEqual({
      status: "ok",
      upstream: "ok",
      store: "ok",
    });
    expect(await createHealthCheck(probes(true, "memory"))()).toMatchObject({
      status: "ok",
      store: "memory",
    });
  });

  it("is degraded while Redis is away, since the instance still serves from its memory", async () => {
    expect(await createHealthCheck(probes(true, "unreachable"))()).toEqual({
      status: "degraded",
      upstream: "ok",
      store: "unreachable",
    });
  });

  it("is unavailable when the upstream does not answer", async () => {
    expect(await createHealthCheck(probes(false, "ok"))()).toEqual({
      status: "unavailable",
      upstream: "unreachable",
      store: "ok",
    });
  });

  it("probes the upstream at most once per ttl, however often it is asked", async () => {
    let now = 0;
    const probe = probes(true, "memory");
    const check = createHealthCheck(probe, { ttlMs: 10_000, now: () => now });
    await Promise.all([check(), check(), check()]);
    now = 9_999;
    await check();
    expect(probe.upstream).toHaveBeenCalledTimes(1);
    now = 10_000;
    await check();
    expect(probe.upstream).toHaveBeenCalledTimes(2);
  });
});
