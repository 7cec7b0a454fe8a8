import { describe, expect, it } from "vitest";
import { contrastRatio, readableTextOn } from "./contrast";

describe("readableTextOn", () => {
  it("puts white on dark brands and black on light ones", () => {
    expect(readableTextOn("#0a7d5a")).toBe("#ffffff");
    expect(readableTextOn("#ffe14d")).toBe("#000000");
    expect(readableTextOn("#000000")).toBe("#ffffff");
    expect(readableTextOn("#ffffff")).toBe("#000000");
  });

  it("always reaches at least 4.5:1 for a mid-grey brand", () => {
    for (const brand of ["#777777", "#ff0000", "#00ff00", "#0000ff", "#808000"]) {
      expect(contrastRatio(brand, readableTextOn(brand))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
