import { afterEach, describe, expect, it, vi } from "vitest";
import { describeKeyValueStoreContract } from "./key-value-store-contract";
import { createMemoryStore } from "./memory-store";

describeKeyValueStoreContract("memory store", async () => createMemoryStore());

describe("memory store bounds", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("evicts the least recently written keys beyond maxEntries, so memory cannot grow without bound", async () => {
    const store = createMemoryStore({ maxEntries: 3 });
    for (const key of ["a", "b", "c", "d"]) await store.set(key, key, 60_000);
    expect(await store.get("a")).toBeNull();
    expect(await store.get("d")).toBe("d");
  });

  it("drops expired entries before evicting live ones", async () => {
    vi.useFakeTimers();
    const store = createMemoryStore({ maxEntries: 3 });
    await store.set("live", "x", 60_000);
    await store.set("short-1", "x", 1_000);
    await store.set("short-2", "x", 1_000);
    vi.advanceTimersByTime(2_000);
    await store.set("new", "x", 60_000);
    expect(await store.get("live")).toBe("x");
    expect(await store.get("new")).toBe("x");
  });
});
