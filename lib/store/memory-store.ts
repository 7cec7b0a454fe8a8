import type { KeyValueStore } from "./key-value-store";

type Entry = { value: string; expiresAt: number };

export type MemoryStoreOptions = { maxEntries?: number; sweepIntervalMs?: number };

export function createMemoryStore({
  maxEntries = 10_000,
  sweepIntervalMs = 60_000,
}: MemoryStoreOptions = {}): KeyValueStore {
  const entries = new Map<string, Entry>();
  let lastSweepAt = Date.now();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function sweepExpired(now: number) {
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= now) entries.delete(key);
    }
    lastSweepAt = now;
  }

  function write(key: string, entry: Entry) {
    const now = Date.now();
    if (now - lastSweepAt >= sweepIntervalMs || entries.size >= maxEntries) sweepExpired(now);
    // Re-inserting moves the key to the end, so the Map's first key is the least recently written.
    entries.delete(key);
    while (entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
    entries.set(key, entry);
  }

  return {
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlMs) {
      write(key, { value, expiresAt: Date.now() + ttlMs });
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key)) return false;
      write(key, { value, expiresAt: Date.now() + ttlMs });
      return true;
    },
    async delete(...keys) {
      for (const key of keys) entries.delete(key);
    },
    async increment(key, ttlMs) {
      const entry = live(key);
      if (!entry) {
        write(key, { value: "1", expiresAt: Date.now() + ttlMs });
        return 1;
      }
      const count = Number(entry.value);
      if (!Number.isSafeInteger(count)) throw new Error(`Value at ${key} is not an integer`);
      entry.value = String(count + 1);
      return count + 1;
    },
  };
}
