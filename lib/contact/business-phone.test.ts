import { describe, expect, it } from "vitest";
import { businessPhone } from "./business-phone";

describe("businessPhone", () => {
  it("dials and messages the full number, and shows it grouped", () => {
    expect(businessPhone("+44 20 7946 0123")).toEqual({
      display: "+44 20 7946 0123",
      callHref: "tel:+442079460123",
      whatsAppHref: "https://wa.me/442079460123",
    });
  });

  it("reads a number however the business typed it", () => {
    expect(businessPhone("+91 (22) 5555-0142")?.callHref).toBe("tel:+912255550142");
    expect(businessPhone("+912255550142")?.display).toBe("+91 22 5555 0142");
  });

  it("offers no link for a missing number or one without its country", () => {
    expect(businessPhone(null)).toBeNull();
    expect(businessPhone("")).toBeNull();
    expect(businessPhone("020 7946 0123")).toBeNull();
    expect(businessPhone("call us")).toBeNull();
  });
});
