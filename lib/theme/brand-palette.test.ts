import { describe, expect, it } from "vitest";
import { contrastRatio } from "@/lib/theme/contrast";
import { brandColors, brandVariables } from "./brand-palette";

const picks = ["#0a7d5a", "#ffe14d", "#ff69b4", "#000000", "#ffffff", "#777777", "#1e40af", "#00ff00"];

describe("brand palette", () => {
  it("keeps a brand that already reads well untouched", () => {
    expect(brandColors("#0A7D5A", "light")).toEqual({ brand: "#0a7d5a", contrast: "#ffffff" });
  });

  it("reads at 4.5:1 as text on both light backgrounds and carries readable text itself", () => {
    for (const pick of picks) {
      const { brand, contrast } = brandColors(pick, "light");
      expect(contrastRatio(brand, "#ffffff")).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(brand, "#f6f7f9")).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(brand, contrast)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("lightens a dark brand enough to read on the dark theme", () => {
    for (const pick of picks) {
      const { brand, contrast } = brandColors(pick, "dark");
      expect(contrastRatio(brand, "#161b22")).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(brand, "#0d1117")).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(brand, contrast)).toBeGreaterThanOrEqual(4.5);
    }
    expect(brandColors("#0a7d5a", "dark").brand).not.toBe("#0a7d5a");
  });

  it("gives the page both themes' colours at once, for CSS to pick by color scheme", () => {
    expect(brandVariables("#0a7d5a")).toEqual({
      "--brand-light": "#0a7d5a",
      "--brand-contrast-light": "#ffffff",
      "--brand-dark": brandColors("#0a7d5a", "dark").brand,
      "--brand-contrast-dark": brandColors("#0a7d5a", "dark").contrast,
    });
  });
});
