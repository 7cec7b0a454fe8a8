import { describe, expect, it } from "vitest";
import { isDeviceId, newDeviceId } from "./device-id";

describe("newDeviceId", () => {
  it("is 22 base64url characters, a new one every time", () => {
    const ids = Array.from({ length: 200 }, newDeviceId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("isDeviceId", () => {
  it("takes only what newDeviceId makes", () => {
    expect(isDeviceId(newDeviceId())).toBe(true);
    expect(isDeviceId(undefined)).toBe(false);
    expect(isDeviceId("")).toBe(false);
    expect(isDeviceId("a".repeat(21))).toBe(false);
    expect(isDeviceId(`${"a".repeat(21)}=`)).toBe(false);
    expect(isDeviceId("a".repeat(23))).toBe(false);
  });
});
