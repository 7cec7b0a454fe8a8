import type { KeyValueStore } from "@/lib/store/key-value-store";
import { UpstreamRateLimitedError, UpstreamUnavailableError } from "@/lib/whautomate/errors";

export interface CachedRead<T> {
  value: T;
  /** True when the upstream failed and this is the last good answer, which may be out of date. */
  stale: boolean;
  fetchedAt: number;
}

export interface ReadOptions<T> {
  /** How long an answer is served without asking the upstream again. */
  freshMs: number;
  /** How long the last good answer is kept to fall back on when the upstream is busy or down. */
  keepMs: number;
  /** Invalidation tags: bumping any of them (see `invalidate`) makes this entry unreachable. */
  tags?: string[];
  load: () => Promise<T>;
}

interface Entry<T> {
  value: T;
  at: number;
}

const transient = (error: unknown) =>
  error instanceof UpstreamRateLimitedError || error instanceof UpstreamUnavailableError;

/**
 * Serves many visitors from few upstream calls: answers are shared through the store (memory or
 * Redis), identical reads in flight in this process share one call, and a busy or failing
 * upstream falls back to the last good answer, marked stale.
 */
export function createReadCache(store: KeyValueStore, now: () => number = Date.now) {
  const inFlight = new Map<string, Promise<unknown>>();

  async function versionedKey(key: string, tags: string[]): Promise<string> {
    if (tags.length === 0) return `cache:${key}`;
    const versions = await Promise.all(tags.map(async (tag) => (await store.get(`tag:${tag}`)) ?? "0"));
    return `cache:${key}@${versions.join(".")}`;
  }

  async function read<T>(key: string, options: ReadOptions<T>): Promise<CachedRead<T>> {
    const storeKey = await versionedKey(key, options.tags ?? []);
    const cached = await store.get(storeKey);
    const entry = cached ? (JSON.parse(cached) as Entry<T>) : null;
    if (entry && now() - entry.at < options.freshMs)
      return { value: entry.value, stale: false, fetchedAt: entry.at };

    let pending = inFlight.get(storeKey) as Promise<Entry<T>> | undefined;
    if (!pending) {
      pending = options
        .load()
        .then(async (value) => {
          const fresh = { value, at: now() };
          await store.set(storeKey, JSON.stringify(fresh), options.keepMs);
          return fresh;
        })
        .finally(() => inFlight.delete(storeKey));
      inFlight.set(storeKey, pending);
    }
    try {
      const fresh = await pending;
      return { value: fresh.value, stale: false, fetchedAt: fresh.at };
    } catch (error) {
      if (entry && transient(error)) return { value: entry.value, stale: true, fetchedAt: entry.at };
      throw error;
    }
  }

  /** Every entry read with one of these tags is from now on read afresh from the upstream. */
  async function invalidate(...tags: string[]): Promise<void> {
    // The counter never expires within a cache entry's lifetime; a day is far beyond keepMs.
    await Promise.all(tags.map((tag) => store.increment(`tag:${tag}`, 86_400_000)));
  }

  return { read, invalidate };
}

export type ReadCache = ReturnType<typeof createReadCache>;
