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
