import { Redis } from "ioredis";
import type { KeyValueStore } from "./key-value-store";

// One round trip and atomic: the TTL is set by whichever increment creates the counter, and only then.
// PTTL < 0 also repairs a counter left without a TTL, so no counter can live forever.
const incrementInWindow = `
local count = redis.call("INCR", KEYS[1])
if redis.call("PTTL", KEYS[1]) < 0 then
  redis.call("PEXPIRE", KEYS[1], ARGV[1])
end
return count
`;

export type RedisClientOptions = { commandTimeoutMs?: number };

/**
 * A connection that fails a command fast instead of holding a visitor's request while Redis is
 * away: no retries per command, a short timeout, and reconnection every two seconds at most so the
 * shared store is back soon after Redis is.
 */
export function createRedisClient(url: string, { commandTimeoutMs = 1_000 }: RedisClientOptions = {}): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // Without a listener ioredis prints every failed reconnect; the store reports the outage once
  // (see fallback-store.ts) when a call finds Redis away.
  redis.on("error", () => undefined);
  return redis;
}

export type RedisStoreOptions = { keyPrefix?: string };

export function createRedisStore(
  redis: Redis,
  { keyPrefix = "booking:" }: RedisStoreOptions = {},
): KeyValueStore {
  const prefixed = (key: string) => keyPrefix + key;

  return {
    async get(key) {
      return redis.get(prefixed(key));
    },
    async set(key, value, ttlMs) {
      await redis.set(prefixed(key), value, "PX", ttlMs);
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await redis.set(prefixed(key), value, "PX", ttlMs, "NX")) === "OK";
    },
    async delete(...keys) {
      if (keys.length > 0) await redis.del(...keys.map(prefixed));
    },
    async increment(key, ttlMs) {
      return Number(await redis.eval(incrementInWindow, 1, prefixed(key), ttlMs));
    },
    async close() {
      await redis.quit();
    },
  };
}
