import { describe, expect, it, vi } from "vitest";
import { recordingRender, renderIsUnshareable, type StillCurrent } from "@/lib/rendering/render-record";
import { createMemoryStore } from "@/lib/store/memory-store";
import {
  UpstreamInvalidRequestError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from "@/lib/whautomate/errors";
import { createReadCache, RETRY_AFTER_FAILURE_MS } from "./read-cache";

function setup() {
  let clock = 1_000_000;
  const cache = createReadCache(createMemoryStore(), () => clock);
  return { cache, tick: (ms: number) => (clock += ms) };
}

const options = { freshMs: 1_000, keepMs: 60_000 };

describe("createReadCache", () => {
  it("answers from the cache while fresh and asks again once it is not", async () => {
    const { cache, tick } = setup();
    const load = vi.fn().mockResolvedValueOnce("first").mockResolvedValueOnce("second");
    expect((await cache.read("k", { ...options, load })).value).toBe("first");
    expect((await cache.read("k", { ...options, load })).value).toBe("first");
    tick(1_001);
    expect((await cache.read("k", { ...options, load })).value).toBe("second");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("parses a cached answer once, shares it frozen, and takes a new answer once there is one", async () => {
    const store = createMemoryStore();
    let clock = 1_000_000;
    const writer = createReadCache(store, () => clock);
    const reader = createReadCache(store, () => clock);
    const unused = async () => ({ times: [] as string[] });
    await writer.read("k", { ...options, load: async () => ({ times: ["10:00"] }) });
    const first = await reader.read("k", { ...options, load: unused });
    const second = await reader.read("k", { ...options, load: unused });
    expect(first.value).toEqual({ times: ["10:00"] });
    expect(second.value).toBe(first.value);
    expect(() => first.value.times.push("11:00")).toThrow(TypeError);
    clock += 1_001;
    await writer.read("k", { ...options, load: async () => ({ times: ["12:00"] }) });
    clock += 1;
    const third = await reader.read("k", { ...options, freshMs: 10_000, load: unused });
    expect(third.value).toEqual({ times: ["12:00"] });
  });

  it("shares one upstream call between identical reads in flight", async () => {
    const { cache } = setup();
    let release!: (value: string) => void;
    const load = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const reads = Array.from({ length: 20 }, () => cache.read("k", { ...options, load }));
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    release("shared");
    const answers = await Promise.all(reads);
    expect(load).toHaveBeenCalledTimes(1);
    expect(answers.every((answer) => answer.value === "shared" && !answer.stale)).toBe(true);
  });

  it.each([
    ["rate limited", new UpstreamRateLimitedError("429")],
    ["down", new UpstreamUnavailableError("down", "server")],
  ])("serves the last good answer, marked stale, when the upstream is %s", async (_label, failure) => {
    const { cache, tick } = setup();
    await cache.read("k", { ...options, load: async () => "good" });
    tick(5_000);
    const answer = await cache.read("k", { ...options, load: () => Promise.reject(failure) });
    expect(answer).toMatchObject({ value: "good", stale: true });
  });

  it("does not hide errors that are not the upstream being busy or down", async () => {
    const { cache, tick } = setup();
    await cache.read("k", { ...options, load: async () => "good" });
    tick(5_000);
    const failure = new UpstreamInvalidRequestError("bad");
    await expect(cache.read("k", { ...options, load: () => Promise.reject(failure) })).rejects.toBe(failure);
  });

  it("fails when there is no good answer to fall back on", async () => {
    const { cache } = setup();
    const failure = new UpstreamUnavailableError("down", "timeout");
    await expect(cache.read("k", { ...options, load: () => Promise.reject(failure) })).rejects.toBe(failure);
  });

  it("reads afresh after one of the entry's tags is invalidated, and only then", async () => {
    const { cache } = setup();
    const load = vi.fn().mockResolvedValueOnce("before").mockResolvedValueOnce("after");
    const other = vi.fn().mockResolvedValue("untouched");
    const tagged = { ...options, tags: ["slots:2027-03-28", "location:loc_london"], load };
    await cache.read("a", tagged);
    await cache.read("b", { ...options, tags: ["slots:2027-03-29"], load: other });
    await cache.invalidate("slots:2027-03-28");
    expect((await cache.read("a", tagged)).value).toBe("after");
    await cache.read("b", { ...options, tags: ["slots:2027-03-29"], load: other });
    expect(other).toHaveBeenCalledTimes(1);
  });

  // If this fails, every visitor waits out the retries of a struggling upstream, and adds to its load.
  it("after a failure answers at once from the last good answer and retries in the background", async () => {
    const { cache, tick } = setup();
    await cache.read("k", { ...options, load: async () => "good" });
    tick(5_000);
    const down = vi.fn(() => Promise.reject(new UpstreamRateLimitedError("429")));
    await cache.read("k", { ...options, load: down });
    expect(await cache.read("k", { ...options, load: down })).toMatchObject({ value: "good", stale: true });
    expect(down).toHaveBeenCalledTimes(1);

    tick(RETRY_AFTER_FAILURE_MS);
    const back = vi.fn().mockResolvedValue("better");
    expect(await cache.read("k", { ...options, load: back })).toMatchObject({ value: "good", stale: true });
    await vi.waitFor(() => expect(back).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () =>
      expect(await cache.read("k", { ...options, load: back })).toMatchObject({
        value: "better",
        stale: false,
      }),
    );
    expect(back).toHaveBeenCalledTimes(1);
  });

  it("falls back to the answer from before an invalidation when the upstream is down", async () => {
    const { cache } = setup();
    const tagged = { ...options, tags: ["classes:2027-03-28"] };
    await cache.read("k", { ...tagged, load: async () => "before" });
    await cache.invalidate("classes:2027-03-28");
    const failure = new UpstreamUnavailableError("down", "server");
    const answer = await cache.read("k", { ...tagged, load: () => Promise.reject(failure) });
    expect(answer).toMatchObject({ value: "before", stale: true });
  });

  it("serves the older answer once the read budget is spent, but never one from before an invalidation", async () => {
    let clock = 1_000_000;
    let budget = 1;
    const cache = createReadCache(
      createMemoryStore(),
      () => clock,
      async () => budget-- > 0,
    );
    const load = vi.fn().mockResolvedValueOnce("first").mockResolvedValueOnce("second");
    const read = () => cache.read("k", { ...options, tags: ["t"], load });
    expect((await read()).value).toBe("first");
    clock += 1_001;
    expect(await read()).toEqual({ value: "first", stale: false, fetchedAt: 1_000_000 });
    expect(load).toHaveBeenCalledTimes(1);

    await cache.invalidate("t");
    expect((await read()).value).toBe("second");
    expect(load).toHaveBeenCalledTimes(2);
  });

  describe("what a page rendered from its answers depends on", () => {
    const stillCurrent = async (dependencies: StillCurrent[]) =>
      (await Promise.all(dependencies.map((check) => check(new Map())))).every(Boolean);

    it("holds while the answer is fresh and not invalidated", async () => {
      const { cache, tick } = setup();
      const tagged = { ...options, tags: ["slots:amelia"], load: async () => "slots" };
      const { record, result } = recordingRender(() => cache.read("k", tagged));
      await result;
      expect(record.unshareable).toBeNull();
      expect(record.dependencies).toHaveLength(1);
      expect(await stillCurrent(record.dependencies)).toBe(true);
      tick(999);
      expect(await stillCurrent(record.dependencies)).toBe(true);
      tick(2);
      expect(await stillCurrent(record.dependencies)).toBe(false);
    });

    it("reads a tag the checks of one page share once", async () => {
      const store = createMemoryStore();
      const cache = createReadCache(store, () => 1_000_000);
      const { record, result } = recordingRender(() =>
        Promise.all(
          ["a", "b", "c"].map((day) =>
            cache.read(day, { ...options, tags: ["slots:london", `slots:${day}`], load: async () => day }),
          ),
        ),
      );
      await result;
      const read = vi.spyOn(store, "get");
      const lookups = new Map<string, Promise<unknown>>();
      const checks = await Promise.all(record.dependencies.map((check) => check(lookups)));
      expect(checks).toEqual([true, true, true]);
      expect(read.mock.calls.map(([key]) => key).sort()).toEqual([
        "tag:slots:a",
        "tag:slots:b",
        "tag:slots:c",
        "tag:slots:london",
      ]);
    });

    it("ends when a booking or a webhook invalidates one of its tags", async () => {
      const { cache } = setup();
      const tagged = { ...options, tags: ["slots:amelia", "slots:oliver"], load: async () => "slots" };
      const { record, result } = recordingRender(() => cache.read("k", tagged));
      await result;
      await cache.invalidate("slots:someone-else");
      expect(await stillCurrent(record.dependencies)).toBe(true);
      await cache.invalidate("slots:oliver");
      expect(await stillCurrent(record.dependencies)).toBe(false);
    });

    it("is never shared when it showed a last good answer or a failure", async () => {
      const { cache, tick } = setup();
      await cache.read("k", { ...options, load: async () => "first" });
      tick(1_001);
      const failing = {
        ...options,
        load: () => Promise.reject(new UpstreamUnavailableError("down", "server")),
      };
      const stale = recordingRender(() => cache.read("k", failing));
      expect((await stale.result).stale).toBe(true);
      expect(stale.record.unshareable).toMatch(/out of date|failed/);
      const cold = recordingRender(() => cache.read("cold", failing).catch(() => null));
      await cold.result;
      expect(cold.record.unshareable).toMatch(/failed/);
    });

    it("does not take what the shared upstream call does as the render's own", async () => {
      const { cache } = setup();
      const load = async () => {
        renderIsUnshareable("an upstream call outside the read cache");
        return "slots";
      };
      const { record, result } = recordingRender(() => cache.read("k", { ...options, load }));
      await result;
      expect(record.unshareable).toBeNull();
      const direct = recordingRender(async () => renderIsUnshareable("a call of its own"));
      await direct.result;
      expect(direct.record.unshareable).toBe("a call of its own");
    });
  });
});
