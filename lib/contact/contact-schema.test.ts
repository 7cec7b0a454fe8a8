import { describe, expect, it } from "vitest";
import { contactSchema, toClientIdentity } from "./contact-schema";
import { countryFromLocale, normalisePhone } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["GB", "07700 900101"],
    ["GB", "+44 7700-900101"],
    ["GB", "(07700) 900101"],
    ["US", "+447700900101"],
  ])("reads %s %s as the same UK mobile", (country, input) => {
    expect(normalisePhone(country, input)).toEqual({
      countryCode: "+44",
      phone: "7700900101",
      e164: "+447700900101",
    });
  });

  it("handles Indian numbers", () => {
    expect(normalisePhone("IN", "98200 12345")).toMatchObject({ countryCode: "+91", phone: "9820012345" });
  });

  it.each([
    ["GB", "12"],
    ["GB", "not a number"],
    ["GB", "0".repeat(200)],
    ["XX", "07700900101"],
    ["GB", "<script>alert(1)</script>"],
  ])("refuses %s %s", (country, input) => {
    expect(normalisePhone(country, input)).toBeNull();
  });
});

describe("contactSchema", () => {
  it("accepts a real contact and keys errors to the fields", () => {
    expect(
      contactSchema.safeParse({ fullName: "Emma Clarke", country: "GB", phone: "07700900101" }).success,
    ).toBe(true);
    const bad = contactSchema.safeParse({ fullName: " E ", country: "GB", phone: "123" });
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["fullName", "form.nameTooShort"],
        ["phone", "form.phoneInvalid"],
      ]),
    );
  });

  it("refuses markup in names", () => {
    expect(
      contactSchema.safeParse({ fullName: "<b>Emma</b>", country: "GB", phone: "07700900101" }).success,
    ).toBe(false);
  });

  it("turns a parsed contact into Whautomate's client fields", () => {
    expect(toClientIdentity({ fullName: " Emma Clarke ", country: "GB", phone: "07700 900101" })).toEqual({
      fullName: "Emma Clarke",
      countryCode: "+44",
      phone: "7700900101",
    });
  });
});

describe("countryFromLocale", () => {
  it("takes the region of the visitor's language", () => {
    expect(countryFromLocale("en-GB")).toBe("GB");
    expect(countryFromLocale("hi-IN")).toBe("IN");
    expect(countryFromLocale("nonsense!!")).toBeNull();
  });
});
