import { once } from "node:events";
import { createServer, type Socket } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeKeyValueStoreContract } from "./key-value-store-contract";
import { createRedisClient, createRedisStore } from "./redis-store";
import { startRedisTestServer, type RedisTestServer } from "@/test/support/redis-server";

// Runs against a real redis-server (CI installs it); a missing binary fails here rather than skipping.
let server: RedisTestServer;

beforeAll(async () => {
  server = await startRedisTestServer();
});
afterAll(async () => {
  await server?.stop();
});

describeKeyValueStoreContract("redis store", async () => createRedisStore(createRedisClient(server.url)));

describe("redis store keys", () => {
  it("prefixes every key so the portal can share a Redis database", async () => {
    const store = createRedisStore(createRedisClient(server.url), { keyPrefix: "booking:" });
    const raw = new Redis(server.url);
    try {
      await store.set("prefix-check", "x", 10_000);
      await store.increment("prefix-counter", 10_000);
      expect(await raw.get("booking:prefix-check")).toBe("x");
      expect(await raw.get("booking:prefix-counter")).toBe("1");
      expect(await raw.exists("prefix-check", "prefix-counter")).toBe(0);
      expect(await raw.pttl("booking:prefix-counter")).toBeGreaterThan(0);
    } finally {
      await store.close?.();
      await raw.quit();
    }
  });
});

function keepBusy(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // An instance rendering pages: the event loop turns no more until this is done.
  }
}

describe("redis command timeout", () => {
  it("takes a reply that came while the instance was busy for longer than the timeout", async () => {
    const redis = createRedisClient(server.url, { commandTimeoutMs: 200 });
    try {
      await redis.set("busy-check", "answered");
      const reply = redis.get("busy-check");
      keepBusy(400);
      expect(await reply).toBe("answered");
    } finally {
      await redis.quit();
    }
  });

  it("still fails a command that Redis leaves unanswered, within the timeout", async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)).listen(0, "127.0.0.1");
    await once(silent, "listening");
    const { port } = silent.address() as { port: number };
    const redis = createRedisClient(`redis://127.0.0.1:${port}`, { commandTimeoutMs: 200 });
    const started = Date.now();
    try {
      await expect(redis.get("never-answered")).rejects.toThrow("Command timed out");
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      redis.disconnect();
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });
});
