import { describe, expect, it } from "vitest";
import { resolveLocale, textDirection } from "./locales";
import { en } from "./messages/en";
import { createTranslator, pickMessages } from "./translate";

describe("createTranslator", () => {
  const t = createTranslator("en", en);

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("home.title", { business: "Soho Studio" })).toBe("Book with Soho Studio");
    expect(t("home.title")).toBe("Book with {business}");
  });

  it("chooses the plural form for the count", () => {
    expect(t("booking.slots.count", { count: 1, date: "Monday" })).toBe("1 time available on Monday");
    expect(t("booking.slots.count", { count: 1500, date: "Monday" })).toBe("1,500 times available on Monday");
  });
});

describe("pickMessages", () => {
  it("keeps whole namespaces and single groups by key prefix, nothing else", () => {
    const picked = pickMessages(en, ["form", "bookings.cancel"]);
    expect(Object.keys(picked).length).toBeGreaterThan(0);
    expect(
      Object.keys(picked).every((key) => key.startsWith("form.") || key.startsWith("bookings.cancel.")),
    ).toBe(true);
    expect(picked["form.fullName"]).toBe(en["form.fullName"]);
    expect(picked["bookings.cancel.title"]).toBe(en["bookings.cancel.title"]);
    expect(Object.keys(pickMessages(en, ["book"]))).toEqual([]);
  });

  it("gives a translator that knows only what it was sent and shows other keys as themselves", () => {
    const t = createTranslator("en", pickMessages(en, ["form"]));
    expect(t.has("form.fullName")).toBe(true);
    expect(t.has("home.intro")).toBe(false);
    expect(t("home.intro")).toBe("home.intro");
  });
});

describe("resolveLocale", () => {
  it("prefers ?lang= over Accept-Language", () => {
    expect(resolveLocale("en", "fr-FR,fr;q=0.9")).toBe("en");
  });

  it("falls back to English for unsupported or malformed input", () => {
    expect(resolveLocale("xx", "de-DE;q=abc, *")).toBe("en");
    expect(resolveLocale(undefined, undefined)).toBe("en");
  });

  it("matches a regional tag to its base language", () => {
    expect(resolveLocale(null, "en-GB,en;q=0.8")).toBe("en");
  });
});

describe("textDirection", () => {
  it("knows right-to-left scripts", () => {
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("en")).toBe("ltr");
  });
});
