import { describe, expect, it } from "vitest";
import { compiledMessages } from "@/lib/i18n/catalogues";
import { createTranslator } from "@/lib/i18n/translate";
import { classPriceText, classTermsText, leaveTermsText } from "./class-terms";

const t = createTranslator("en-GB", compiledMessages("en"));

// The sentence a client reads before joining, the same on the class page and in the join panel.
describe("classTermsText", () => {
  it("says when booking closes and until when leaving is free, in words", () => {
    expect(classTermsText({ bookingCutoffMinutes: 60, cancelCutoffMinutes: 720 }, t, "en-GB")).toBe(
      "Booking closes 1 hour before the start. You can leave without charge up to 12 hours before.",
    );
  });

  it("says a cut-off of 0 reaches the start", () => {
    expect(classTermsText({ bookingCutoffMinutes: 0, cancelCutoffMinutes: 0 }, t, "en-GB")).toBe(
      "You can book until the class starts. You can leave until the class starts.",
    );
  });

  it("leaves unsaid what the upstream did not give", () => {
    expect(classTermsText({ bookingCutoffMinutes: null, cancelCutoffMinutes: 90 }, t, "en-GB")).toBe(
      "You can leave without charge up to 1 hour 30 minutes before.",
    );
    expect(classTermsText({ bookingCutoffMinutes: null, cancelCutoffMinutes: null }, t, "en-GB")).toBe("");
  });

  it("keeps only the leaving half for a client who already holds a spot", () => {
    expect(leaveTermsText({ bookingCutoffMinutes: 60, cancelCutoffMinutes: 720 }, t, "en-GB")).toBe(
      "You can leave without charge up to 12 hours before.",
    );
    expect(leaveTermsText({ bookingCutoffMinutes: 60, cancelCutoffMinutes: null }, t, "en-GB")).toBeNull();
  });

  it("writes the durations in the active language", () => {
    const ar = createTranslator("ar", compiledMessages("ar"));
    expect(classTermsText({ bookingCutoffMinutes: 60, cancelCutoffMinutes: null }, ar, "ar")).toBe(
      `يُغلق الحجز قبل \u2068${new Intl.NumberFormat("ar", { style: "unit", unit: "hour", unitDisplay: "long" }).format(1)}\u2069 من بدء الحصة.`,
    );
  });
});

describe("classPriceText", () => {
  it("formats the price in the business's currency and the active locale", () => {
    expect(classPriceText(15, "GBP", t, "en-GB")).toBe("£15.00");
    expect(classPriceText(10, "INR", t, "en-IN")).toBe("₹10.00");
  });

  it("says Free at 0 and nothing when the price is unknown", () => {
    expect(classPriceText(0, "GBP", t, "en-GB")).toBe("Free");
    expect(classPriceText(null, "GBP", t, "en-GB")).toBeNull();
  });
});
