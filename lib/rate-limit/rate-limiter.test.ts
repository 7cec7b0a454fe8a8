import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "./rate-limiter";

const windowMs = 60_000;

describe("createRateLimiter without Redis", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-03-01T10:00:00.000Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const limiter = () => createRateLimiter({ name: "otp-send", limit: 3, windowMs }, null);

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
});
