import type { KeyValueStore } from "@/lib/store/key-value-store";

const PENDING = "pending";

export interface OnceOptions<T> {
  ttlMs: number;
  /** How long a repeat waits for the first run before giving up. */
  waitMs: number;
  pollMs?: number;
  /** What to keep of a result so a repeat can return it; null forgets the run (it may be tried again). */
  remember(result: T): string | null;
  recall(stored: string): T;
  sleep?(ms: number): Promise<void>;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `work` once per key across every submission and every app instance sharing the store. A
 * repeat while the first is running waits for its result; a repeat after it returns the same result.
 * Null means the first run is still going after `waitMs`.
 */
export async function runOnce<T>(
  store: KeyValueStore,
  key: string,
  options: OnceOptions<T>,
  work: () => Promise<T>,
): Promise<T | null> {
  const { ttlMs, waitMs, pollMs = 200, remember, recall, sleep = wait } = options;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await store.setIfAbsent(key, PENDING, ttlMs)) {
      let kept: string | null = null;
      try {
        const result = await work();
        kept = remember(result);
        return result;
      } finally {
        if (kept === null) await store.delete(key);
        else await store.set(key, kept, ttlMs);
      }
    }
    const stored = await store.get(key);
    if (stored !== null && stored !== PENDING) return recall(stored);
    if (Date.now() >= deadline) return null;
    await sleep(pollMs);
  }
}
