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

export type RedisStoreOptions = { keyPrefix?: string };

export function createRedisStore(
  url: string,
  { keyPrefix = "booking:" }: RedisStoreOptions = {},
): KeyValueStore {
  // Fail a request quickly while Redis is unreachable instead of holding it in the offline queue.
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
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
