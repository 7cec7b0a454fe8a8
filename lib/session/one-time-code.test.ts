import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/lib/store/memory-store";
import type { KeyValueStore } from "@/lib/store/key-value-store";
import { createOneTimeCodes } from "./one-time-code";

const secret = "a-session-secret-of-at-least-32-characters";
const phone = "+15550001111";
const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("one-time codes", () => {
  let store: KeyValueStore;

  beforeEach(() => {
    vi.useFakeTimers();
    store = createMemoryStore();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("issues six digits", async () => {
    const codes = createOneTimeCodes(store, secret);
    for (let i = 0; i < 20; i++) expect(await codes.issue(phone)).toMatch(/^\d{6}$/);
  });

  it("accepts the right code once; afterwards it is gone", async () => {
    const codes = createOneTimeCodes(store, secret);
    const code = await codes.issue(phone);
    expect(await codes.verify(phone, code)).toBe("ok");
    expect(await codes.verify(phone, code)).toBe("expired");
  });

  it("calls a wrong code invalid and still accepts the right one after it", async () => {
    const codes = createOneTimeCodes(store, secret);
    const code = await codes.issue(phone);
    expect(await codes.verify(phone, wrongCodeFor(code))).toBe("invalid");
    expect(await codes.verify(phone, code)).toBe("ok");
  });

  it("locks after five tries: the sixth fails even with the right code", async () => {
    const codes = createOneTimeCodes(store, secret);
    const code = await codes.issue(phone);
    for (let i = 0; i < 5; i++) expect(await codes.verify(phone, wrongCodeFor(code))).toBe("invalid");
    expect(await codes.verify(phone, code)).toBe("locked");
  });

  it("expires after ten minutes, and a code never issued looks the same", async () => {
    const codes = createOneTimeCodes(store, secret);
    const code = await codes.issue(phone);
    vi.advanceTimersByTime(10 * 60 * 1000);
    expect(await codes.verify(phone, code)).toBe("expired");
    expect(await codes.verify("+15550002222", "123456")).toBe("expired");
  });

  it("resets the attempts when a new code is issued", async () => {
    const codes = createOneTimeCodes(store, secret);
    const first = await codes.issue(phone);
    for (let i = 0; i < 5; i++) await codes.verify(phone, wrongCodeFor(first));
    const second = await codes.issue(phone);
    expect(await codes.verify(phone, second)).toBe("ok");
  });

  it("does not accept one number's code for another", async () => {
    const codes = createOneTimeCodes(store, secret);
    await codes.issue("+15550002222");
    const code = await codes.issue(phone);
    expect(await codes.verify("+15550002222", code)).toBe("invalid");
  });

  it("keeps neither the code nor the phone number in the store", async () => {
    const set = vi.spyOn(store, "set");
    const code = await createOneTimeCodes(store, secret).issue(phone);
    const written = set.mock.calls.flatMap(([key, value]) => [key, value]).join(" ");
    expect(written).not.toContain(code);
    expect(written).not.toContain("5550001111");
  });
});
