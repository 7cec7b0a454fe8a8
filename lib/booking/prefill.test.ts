import { describe, expect, it } from "vitest";
import { contactPrefill } from "./prefill";

describe("contactPrefill", () => {
  it("reads an international number into country and national form", () => {
    expect(contactPrefill({ name: "Emma Clarke", phone: "+447700900101" })).toEqual({
      fullName: "Emma Clarke",
      country: "GB",
      phone: "07700 900101",
    });
    expect(contactPrefill({ phone: "+91 98200 12345" })).toMatchObject({ country: "IN" });
  });

  it("reads a link's '+' that arrived as a space", () => {
    expect(contactPrefill({ phone: "447700900101" })).toMatchObject({ country: "GB", phone: "07700 900101" });
  });

  it("uses the default country for national numbers", () => {
    expect(contactPrefill({ phone: "07700 900101", defaultCountry: "GB" })).toMatchObject({ country: "GB" });
  });

  it("skips what does not validate instead of failing", () => {
    expect(contactPrefill({ name: "<b>", phone: "12" })).toEqual({});
    expect(contactPrefill({ name: "x".repeat(200), phone: "not a phone" })).toEqual({});
    expect(contactPrefill({})).toEqual({});
  });
});
