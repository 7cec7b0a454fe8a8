import { describe, expect, it } from "vitest";
import { createMemoryStore } from "@/lib/store/memory-store";
import { runOnce } from "./request-once";

const options = {
  ttlMs: 60_000,
  waitMs: 2_000,
  pollMs: 10,
  remember: (result: { ok: boolean; id: string }) => (result.ok ? result.id : null),
  recall: (stored: string) => ({ ok: true, id: stored }),
};

describe("runOnce", () => {
  it("runs concurrent repeats once and gives them all the first result", async () => {
    const store = createMemoryStore();
    let runs = 0;
    const work = async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ok: true, id: `apt_${runs}` };
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => runOnce(store, "booking-request:a", options, work)),
    );
    expect(runs).toBe(1);
    expect(results).toEqual([1, 2, 3].map(() => ({ ok: true, id: "apt_1" })));
    expect(await runOnce(store, "booking-request:a", options, work)).toEqual({ ok: true, id: "apt_1" });
  });

  it("lets a failed run be tried again", async () => {
    const store = createMemoryStore();
    expect(await runOnce(store, "k", options, async () => ({ ok: false, id: "" }))).toEqual({
      ok: false,
      id: "",
    });
    expect(await runOnce(store, "k", options, async () => ({ ok: true, id: "apt_2" }))).toEqual({
      ok: true,
      id: "apt_2",
    });
  });

  it("forgets a run that threw, and passes the error on", async () => {
    const store = createMemoryStore();
    await expect(
      runOnce(store, "k", options, () => Promise.reject(new Error("upstream down"))),
    ).rejects.toThrow("upstream down");
    expect(await store.get("k")).toBeNull();
  });

  it("gives up waiting with null while the first run is still going", async () => {
    const store = createMemoryStore();
    await store.set("k", "pending", 60_000);
    expect(
      await runOnce(store, "k", { ...options, waitMs: 30 }, async () => ({ ok: true, id: "never" })),
    ).toBeNull();
  });
});
