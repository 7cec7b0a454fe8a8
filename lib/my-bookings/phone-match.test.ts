import { describe, expect, it } from "vitest";
import { normalisePhone } from "@/lib/contact/phone";
import { isSamePhone } from "./phone-match";

const emma = normalisePhone("GB", "07700 900101")!;

describe("isSamePhone", () => {
  it.each([
    ["+44", "7700900101"],
    ["44", "07700 900101"],
    ["+44", "7700-900-101"],
  ])("matches %s %s", (countryCode, phone) => {
    expect(isSamePhone({ countryCode, phone }, emma)).toBe(true);
  });

  it.each([
    ["+1", "7700900101"],
    ["+44", "7700900102"],
    ["+44", "77009001010"],
    ["+44", "900101"],
    ["+44", ""],
  ])("does not match %s %s", (countryCode, phone) => {
    expect(isSamePhone({ countryCode, phone }, emma)).toBe(false);
  });
});
