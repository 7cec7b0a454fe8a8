import { describe, expect, it } from "vitest";
import { brandIconSvg } from "./brand-icon";
import { brandColors } from "./brand-palette";

describe("brandIconSvg", () => {
  it("fills the icon with the brand as the app shows it and draws in the colour that reads on it", () => {
    const svg = brandIconSvg("#0a7d5a");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="#0a7d5a"');
    expect(svg).toContain('stroke="#ffffff"');
  });

  it("uses a pale brand as the app's buttons do, darkened until it reads", () => {
    const { brand, contrast } = brandColors("#ffd84d", "light");
    expect(brand).not.toBe("#ffd84d");
    expect(brandIconSvg("#ffd84d")).toContain(`fill="${brand}"`);
    expect(brandIconSvg("#ffd84d")).toContain(`stroke="${contrast}"`);
  });
});
