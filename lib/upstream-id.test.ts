import { describe, expect, it } from "vitest";
import { UPSTREAM_ID } from "./upstream-id";

describe("UPSTREAM_ID", () => {
  it.each([
    "loc_london",
    "apt_3f9c2a1b7d4e8f60",
    "65a1f0c2e4b0a1d2c3e4f5a6",
    "cls-42",
    "a.b",
    "ns:id",
    "...",
    "x".repeat(120),
  ])("accepts %s", (id) => expect(UPSTREAM_ID.test(id)).toBe(true));

  it.each(["", ".", "..", "a/b", "../clients", "a b", "%2e%2e", "a?b", "a#b", "é", "x".repeat(121)])(
    "refuses %j",
    (id) => expect(UPSTREAM_ID.test(id)).toBe(false),
  );
});
