import type { KeyValueStore } from "./key-value-store";
import { createMemoryStore } from "./memory-store";
import { log as logLine } from "@/lib/log/log";

export type FallbackStoreOptions = {
  /** Where calls go while the shared store is away: this instance's memory. */
  fallback?: KeyValueStore;
  /** While it is away, one call this often tries the shared store again; the rest go to memory at once. */
  retryMs?: number;
  log?: (line: string) => void;
  now?: () => number;
};

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps the portal working while the shared store (Redis) is unreachable: every call is then served
 * from per-instance memory, and one line is logged when the store goes away and one when it is back.
 *
 * Once it is back, writes go to the shared store again, and what was written to memory meanwhile
 * stays readable here until it expires, never copied to the shared store: a sign-in code sent during
 * the outage still works on this instance, a doubt about a booking still makes the next attempt
 * check the upstream, and a run in progress still holds its idempotency key. Merging it into the
 * shared store instead could overwrite what other instances wrote there in the meantime.
 */
export function createFallbackStore(
  shared: KeyValueStore,
  {
    fallback = createMemoryStore(),
    retryMs = 1_000,
    log = (line) => logLine.warn(line),
    now = Date.now,
  }: FallbackStoreOptions = {},
): KeyValueStore {
  let awaySince: number | null = null;
  let lastTryAt = 0;

  async function either<T>(onShared: () => Promise<T>, onFallback: () => Promise<T>): Promise<T> {
    if (awaySince !== null && now() - lastTryAt < retryMs) return onFallback();
    lastTryAt = now();
    try {
      const result = await onShared();
      if (awaySince !== null) {
        log(
          `[store] Redis is back after ${Math.round((now() - awaySince) / 1000)} s: shared store in use again`,
        );
        awaySince = null;
      }
      return result;
    } catch (error) {
      if (awaySince === null) {
        awaySince = now();
        log(
          `[store] Redis unreachable (${reason(error)}): limits, codes and cache are kept in this instance's memory until it is back`,
        );
      }
      return onFallback();
    }
  }

  return {
    get: (key) =>
      either(
        async () => (await shared.get(key)) ?? (await fallback.get(key)),
        () => fallback.get(key),
      ),
    set: (key, value, ttlMs) =>
      either(
        async () => {
          await shared.set(key, value, ttlMs);
          await fallback.delete(key);
        },
        () => fallback.set(key, value, ttlMs),
      ),
    setIfAbsent: (key, value, ttlMs) =>
      either(
        async () => {
          if ((await fallback.get(key)) === null) return shared.setIfAbsent(key, value, ttlMs);
          // Held here since the outage; the read still tells whether the shared store is back.
          await shared.get(key);
          return false;
        },
        () => fallback.setIfAbsent(key, value, ttlMs),
      ),
    delete: async (...keys) => {
      if (keys.length === 0) return;
      await either(
        async () => {
          await shared.delete(...keys);
          await fallback.delete(...keys);
        },
        () => fallback.delete(...keys),
      );
    },
    increment: (key, ttlMs) =>
      either(
        async () => (await shared.increment(key, ttlMs)) + Number((await fallback.get(key)) ?? 0),
        () => fallback.increment(key, ttlMs),
      ),
    close: async () => {
      await shared.close?.();
      await fallback.close?.();
    },
  };
}
