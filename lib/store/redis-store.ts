import { Redis, type Command, type RedisOptions } from "ioredis";
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
 * ioredis's own `commandTimeout` is a timer that can fire while the reply is already waiting in the
 * socket: when one turn of the event loop lasts longer than the timeout (an instance busy rendering
 * pages under load), timers run before the socket is read, the command fails, and the instance
 * falls back to its own memory, splitting the limits and the upstream budget it shares with the
 * others. Here a timer that fires first lets the loop read what has arrived, and fails the command
 * only if it is still unanswered then.
 */
class PatientRedis extends Redis {
  constructor(
    url: string,
    options: RedisOptions & { replyMapping?: "legacy" },
    private readonly commandTimeoutMs: number,
  ) {
    super(url, options);
  }

  override sendCommand(command: Command, stream?: Parameters<Redis["sendCommand"]>[1]): unknown {
    if (this.commandTimeoutMs > 0) {
      const timer = setTimeout(
        () =>
          setImmediate(() => {
            if (!command.isSettled) command.reject(new Error("Command timed out"));
          }),
        this.commandTimeoutMs,
      );
      const settled = () => clearTimeout(timer);
      command.promise.then(settled, settled);
    }
    return super.sendCommand(command, stream);
  }
}

/**
 * A connection that fails a command fast instead of holding a visitor's request while Redis is
 * away: no retries per command, a short timeout, and reconnection every two seconds at most so the
 * shared store is back soon after Redis is.
 */
export function createRedisClient(url: string, { commandTimeoutMs = 1_000 }: RedisClientOptions = {}): Redis {
  const redis = new PatientRedis(
    url,
    {
      maxRetriesPerRequest: 0,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    },
    commandTimeoutMs,
  );
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
