import { describe, expect, it, vi } from "vitest";
import { createFallbackStore } from "./fallback-store";
import type { KeyValueStore } from "./key-value-store";
import { describeKeyValueStoreContract } from "./key-value-store-contract";
import { createMemoryStore } from "./memory-store";

describeKeyValueStoreContract("fallback store over a working store", async () =>
  createFallbackStore(createMemoryStore(), { log: () => undefined }),
);

/** A shared store that can be switched off, counting the calls that reached it. */
function switchableStore() {
  const inner = createMemoryStore();
  const state = { up: true, calls: 0 };
  const reach = () => {
    state.calls++;
    if (!state.up) return Promise.reject(new Error("Connection is closed."));
  };
  const store: KeyValueStore = {
    get: async (key) => (await reach(), inner.get(key)),
    set: async (key, value, ttlMs) => (await reach(), inner.set(key, value, ttlMs)),
    setIfAbsent: async (key, value, ttlMs) => (await reach(), inner.setIfAbsent(key, value, ttlMs)),
    delete: async (...keys) => (await reach(), inner.delete(...keys)),
    increment: async (key, ttlMs) => (await reach(), inner.increment(key, ttlMs)),
  };
  return { store, state };
}

describe("fallback store", () => {
  it("while the shared store is away, tries it once per retry interval and serves the rest from memory", async () => {
    let now = 0;
    const { store: shared, state } = switchableStore();
    const log = vi.fn();
    const store = createFallbackStore(shared, { retryMs: 1_000, log, now: () => now });
    state.up = false;
    await store.set("a", "1", 60_000);
    await store.get("a");
    await store.increment("n", 60_000);
    expect(state.calls).toBe(1);
    now += 1_000;
    expect(await store.get("a")).toBe("1");
    expect(state.calls).toBe(2);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("counts a counter kept in memory during the outage on top of the shared one once it is back", async () => {
    let now = 0;
    const { store: shared, state } = switchableStore();
    const store = createFallbackStore(shared, { retryMs: 1_000, log: () => undefined, now: () => now });
    state.up = false;
    await store.increment("otp:attempts", 60_000);
    await store.increment("otp:attempts", 60_000);
    state.up = true;
    now += 1_000;
    expect(await store.increment("otp:attempts", 60_000)).toBe(3);
  });

  it("a value written to the shared store after the outage wins over the one kept in memory", async () => {
    let now = 0;
    const { store: shared, state } = switchableStore();
    const store = createFallbackStore(shared, { retryMs: 1_000, log: () => undefined, now: () => now });
    state.up = false;
    await store.set("otp:code", "sent-during-outage", 60_000);
    state.up = true;
    now += 1_000;
    await store.set("otp:code", "sent-after", 60_000);
    await shared.delete("otp:code");
    expect(await store.get("otp:code")).toBeNull();
  });
});
