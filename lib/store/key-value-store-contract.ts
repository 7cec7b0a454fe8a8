import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KeyValueStore } from "./key-value-store";

const shortTtlMs = 60;
const pastShortTtl = () => new Promise((resolve) => setTimeout(resolve, shortTtlMs * 2));

let keyCounter = 0;
const freshKey = () => `contract-${Date.now()}-${keyCounter++}`;

/** The behaviour every KeyValueStore must share, so callers never care which one they got. */
export function describeKeyValueStoreContract(name: string, openStore: () => Promise<KeyValueStore>) {
  describe(`${name} (KeyValueStore contract)`, () => {
    let store: KeyValueStore;

    beforeAll(async () => {
      store = await openStore();
    });
    afterAll(async () => {
      await store?.close?.();
    });

    it("returns null for a key never set", async () => {
      expect(await store.get(freshKey())).toBeNull();
    });

    it("returns a value until its TTL passes, then null", async () => {
      const key = freshKey();
      await store.set(key, "hello", shortTtlMs);
      expect(await store.get(key)).toBe("hello");
      await pastShortTtl();
      expect(await store.get(key)).toBeNull();
    });

    it("overwrites a value with set", async () => {
      const key = freshKey();
      await store.set(key, "first", 10_000);
      await store.set(key, "second", 10_000);
      expect(await store.get(key)).toBe("second");
    });

    it("setIfAbsent writes only when no live value exists", async () => {
      const key = freshKey();
      expect(await store.setIfAbsent(key, "first", shortTtlMs)).toBe(true);
      expect(await store.setIfAbsent(key, "second", shortTtlMs)).toBe(false);
      expect(await store.get(key)).toBe("first");
      await pastShortTtl();
      expect(await store.setIfAbsent(key, "third", 10_000)).toBe(true);
      expect(await store.get(key)).toBe("third");
    });

    it("deletes several keys at once and accepts none", async () => {
      const [a, b, untouched] = [freshKey(), freshKey(), freshKey()];
      await Promise.all([a, b, untouched].map((key) => store.set(key, "x", 10_000)));
      await store.delete(a, b);
      await store.delete();
      expect(await store.get(a)).toBeNull();
      expect(await store.get(b)).toBeNull();
      expect(await store.get(untouched)).toBe("x");
    });

    it("counts increments within a window", async () => {
      const key = freshKey();
      expect(await store.increment(key, 10_000)).toBe(1);
      expect(await store.increment(key, 10_000)).toBe(2);
      expect(await store.increment(key, 10_000)).toBe(3);
      expect(await store.get(key)).toBe("3");
    });

    it("starts the window at the first increment: later increments do not extend it", async () => {
      const key = freshKey();
      await store.increment(key, shortTtlMs * 2);
      await new Promise((resolve) => setTimeout(resolve, shortTtlMs));
      expect(await store.increment(key, shortTtlMs * 2)).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, shortTtlMs + 30));
      expect(await store.increment(key, shortTtlMs * 2)).toBe(1);
    });

    it("keeps counters for different keys apart", async () => {
      const [a, b] = [freshKey(), freshKey()];
      await store.increment(a, 10_000);
      await store.increment(a, 10_000);
      expect(await store.increment(b, 10_000)).toBe(1);
    });

    it("counts every one of many concurrent increments exactly once", async () => {
      const key = freshKey();
      const counts = await Promise.all(Array.from({ length: 50 }, () => store.increment(key, 10_000)));
      expect(counts.toSorted((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    });
  });
}
