import { afterEach, describe, expect, it, vi } from "vitest";
import { settledWithin } from "./whole-page";

describe("settledWithin", () => {
  afterEach(() => vi.useRealTimers());

  it("gives the value of a promise that settles in time, and leaves no timer behind", async () => {
    vi.useFakeTimers();
    await expect(settledWithin(Promise.resolve("page"), 1_000)).resolves.toBe("page");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives null for a promise still pending when the wait is over", async () => {
    vi.useFakeTimers();
    const answer = settledWithin(new Promise(() => undefined), 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(answer).resolves.toBeNull();
  });

  it("passes on a rejection that comes in time", async () => {
    await expect(settledWithin(Promise.reject(new Error("down")), 1_000)).rejects.toThrow("down");
  });
});
