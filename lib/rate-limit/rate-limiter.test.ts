import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/lib/store/memory-store";
import { createRateLimiter } from "./rate-limiter";

const windowMs = 60_000;

describe("createRateLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-03-01T10:00:00.000Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const limiter = () => createRateLimiter(createMemoryStore(), { name: "otp-send", limit: 3, windowMs });

  it("allows `limit` checks and counts down what remains", async () => {
    const { check } = limiter();
    expect(await check("+15550001111")).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
    expect(await check("+15550001111")).toEqual({ allowed: true, remaining: 1, retryAfterMs: 0 });
    expect(await check("+15550001111")).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
  });

  it("refuses the next check and says how long until the window ends", async () => {
    const { check } = limiter();
    for (let i = 0; i < 3; i++) await check("+15550001111");
    vi.advanceTimersByTime(15_000);
    expect(await check("+15550001111")).toEqual({ allowed: false, remaining: 0, retryAfterMs: 45_000 });
  });

  it("allows again once the window has passed", async () => {
    const { check } = limiter();
    for (let i = 0; i < 4; i++) await check("+15550001111");
    vi.advanceTimersByTime(windowMs);
    expect(await check("+15550001111")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("keeps subjects independent", async () => {
    const { check } = limiter();
    for (let i = 0; i < 4; i++) await check("+15550001111");
    expect(await check("+15550002222")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("keeps limiters with different names independent on one store", async () => {
    const store = createMemoryStore();
    const sends = createRateLimiter(store, { name: "otp-send", limit: 1, windowMs });
    const verifies = createRateLimiter(store, { name: "otp-verify", limit: 1, windowMs });
    await sends.check("+15550001111");
    expect(await verifies.check("+15550001111")).toMatchObject({ allowed: true });
  });

  it("never puts the raw subject into a store key", async () => {
    const store = createMemoryStore();
    const increment = vi.spyOn(store, "increment");
    await createRateLimiter(store, { name: "otp-send", limit: 1, windowMs }).check("+15550001111");
    const [key] = increment.mock.calls[0] ?? [];
    expect(key).toMatch(/^rate:otp-send:[0-9a-f]{32}:\d+$/);
    expect(key).not.toContain("5550001111");
  });
});
