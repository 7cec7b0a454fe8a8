import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", () => ({ env: { REDIS_URL: undefined } }));

describe("getStore", () => {
  it("hands every caller the same process-wide store, so counters and codes are not split", async () => {
    const { getStore } = await import("./index");
    const store = getStore();
    await store.set("shared", "yes", 10_000);
    expect(getStore()).toBe(store);
    expect(await getStore().get("shared")).toBe("yes");
  });
});
