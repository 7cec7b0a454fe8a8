import { describe, expect, it } from "vitest";
import { maskPhone, maskPhones } from "./mask-phones";

describe("maskPhone", () => {
  it("keeps the first two and last three digits", () => {
    expect(maskPhone("+447700900123")).toBe("+44*******123");
    expect(maskPhone("+5511987654321")).toBe("+55********321");
    expect(maskPhone("07700900123")).toBe("07******123");
  });
});

describe("maskPhones", () => {
  it("masks numbers written with or without separators", () => {
    expect(maskPhones("lookup for +44 7700 900123 failed")).toBe("lookup for +44*******123 failed");
    expect(maskPhones("phone=+91-98765-43210")).toBe("phone=+91*******210");
    expect(maskPhones("client 447700900123 not found")).toBe("client 44*******123 not found");
  });

  it("leaves dates, times, short numbers and ids alone", () => {
    const text =
      "2026-12-07T03:52:11.000Z took 1234 ms, appt_12345678901, status 503, port 3000, " +
      "request 35291168-9c31-4193-adb5-0431d8a326a5";
    expect(maskPhones(text)).toBe(text);
  });
});
