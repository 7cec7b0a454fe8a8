import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "@/lib/rate-limit/rate-limiter";
import { createFallbackStore } from "./fallback-store";
import { createRedisClient, createRedisStore } from "./redis-store";
import { startRedisTestServer, type RedisTestServer } from "@/test/support/redis-server";

// What keeps the portal taking bookings while Redis is away: if these fail, a Redis outage turns
// every page and action into an error for every visitor, on every instance.
let server: RedisTestServer;

beforeAll(async () => {
  server = await startRedisTestServer();
});
afterAll(async () => {
  await server?.stop();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 8_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the shared store while Redis is down", () => {
  it("serves every call from memory, logs one line when Redis goes and one when it is back, and throws nothing", async () => {
    const consoleError = vi.spyOn(console, "error");
    const lines: string[] = [];
    const redis = createRedisClient(server.url, { commandTimeoutMs: 300 });
    const store = createFallbackStore(createRedisStore(redis), {
      retryMs: 100,
      log: (line) => lines.push(line),
    });
    const bookings = createRateLimiter({ name: "outage-bookings", limit: 3, windowMs: 60_000 }, redis);
    try {
      await store.set("written-before", "shared", 60_000);
      expect(await bookings.check("+15550001111")).toMatchObject({ allowed: true, remaining: 2 });

      await server.stop();
      await until(() => redis.status !== "ready");

      // One-time state: idempotency keys, sign-in codes and their attempt counters, cached reads.
      expect(await store.setIfAbsent("request:1", "pending", 60_000)).toBe(true);
      expect(await store.setIfAbsent("request:1", "pending", 60_000)).toBe(false);
      await store.set("otp:code", "hash", 60_000);
      expect(await store.get("otp:code")).toBe("hash");
      expect(await store.increment("otp:attempts", 60_000)).toBe(1);
      expect(await store.increment("otp:attempts", 60_000)).toBe(2);
      await store.delete("otp:code");
      expect(await store.get("otp:code")).toBeNull();
      expect(await store.get("cache:never-read")).toBeNull();

      // Limits keep counting, in this instance's memory, and still refuse past the limit.
      const decisions = await Promise.all(Array.from({ length: 4 }, () => bookings.check("+15550002222")));
      expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);

      expect(lines, lines.join("\n")).toHaveLength(1);
      expect(lines[0]).toMatch(/^\[store\] Redis unreachable/);

      await server.restart();
      await until(() => redis.status === "ready");
      await new Promise((resolve) => setTimeout(resolve, 150));
      await store.set("written-after", "shared", 60_000);
      const raw = new Redis(server.url);
      expect(await raw.get("booking:written-after")).toBe("shared");
      await raw.quit();
      // What was written during the outage stays readable here until it expires.
      expect(await store.get("request:1")).toBe("pending");
      expect(await store.setIfAbsent("request:1", "again", 60_000)).toBe(false);

      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/^\[store\] Redis is back/);
      expect(consoleError.mock.calls.flat().join(" ")).not.toContain("[ioredis]");
    } finally {
      await store.close?.();
    }
  }, 30_000);

  it("answers within the command timeout when Redis is gone before the first call", async () => {
    const redis = createRedisClient("redis://127.0.0.1:1", { commandTimeoutMs: 300 });
    const store = createFallbackStore(createRedisStore(redis), { log: () => undefined });
    const started = Date.now();
    try {
      expect(await store.get("anything")).toBeNull();
      await store.set("anything", "x", 60_000);
      expect(await store.get("anything")).toBe("x");
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      redis.disconnect();
    }
  });
});

describe("rate limits in Redis", () => {
  it("share one count between instances and never put the raw subject into a key", async () => {
    const [first, second] = [createRedisClient(server.url), createRedisClient(server.url)];
    const raw = new Redis(server.url);
    const policy = { name: "shared-count", limit: 2, windowMs: 60_000 };
    try {
      await until(() => first.status === "ready" && second.status === "ready");
      expect(await createRateLimiter(policy, first).check("+15550003333")).toMatchObject({ allowed: true });
      expect(await createRateLimiter(policy, second).check("+15550003333")).toMatchObject({ allowed: true });
      expect(await createRateLimiter(policy, first).check("+15550003333")).toMatchObject({ allowed: false });
      const keys = await raw.keys("booking:rate:shared-count:*");
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^booking:rate:shared-count:[0-9a-f]{32}$/);
    } finally {
      await Promise.all([first.quit(), second.quit(), raw.quit()]);
    }
  });
});
