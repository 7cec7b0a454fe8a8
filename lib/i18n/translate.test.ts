import { describe, expect, it } from "vitest";
import { catalogueProblems } from "@/test/support/catalogue-check";
import { catalogues, compiledMessages } from "./catalogues";
import { matchLocale, resolveLocale, textDirection, locales, type Locale } from "./locales";
import { en } from "./messages/en";
import { createTranslator, pickMessages } from "./translate";

describe("createTranslator", () => {
  const t = createTranslator("en-US", compiledMessages("en"));

  it("fills arguments, taking shared ones from the defaults", () => {
    expect(t("home.title", { business: "Soho Studio" })).toBe("Book with Soho Studio");
    const withDefaults = createTranslator("en-US", compiledMessages("en"), { business: "Lotus & Lane" });
    expect(withDefaults("home.title")).toBe("Book with Lotus & Lane");
  });

  it("chooses the plural form for the count and writes numbers the locale's way", () => {
    expect(t("booking.slots.count", { count: 1, date: "Monday" })).toBe("1 time available on Monday");
    expect(t("booking.slots.count", { count: 1500, date: "Monday" })).toBe("1,500 times available on Monday");
    const indian = createTranslator("en-IN", compiledMessages("en"));
    expect(indian("classes.spotsLeft", { count: 2, capacity: 150000 })).toBe("2 of 1,50,000 spots left");
  });

  it("gives Arabic's six plural forms for spots left", () => {
    const ar = createTranslator("ar", compiledMessages("ar"));
    const forms = [0, 1, 2, 3, 11, 100].map((count) => ar("classes.spotsLeft", { count, capacity: 120 }));
    expect(new Set(forms).size).toBe(6);
    const rules = new Intl.PluralRules("ar");
    expect([0, 1, 2, 3, 11, 100].map((count) => rules.select(count))).toEqual([
      "zero",
      "one",
      "two",
      "few",
      "many",
      "other",
    ]);
  });

  it("isolates arguments in right-to-left text, except in the plain form an input holds", () => {
    const ar = createTranslator("ar", compiledMessages("ar"));
    const place = { city: "Kolkata", country: "الهند" };
    expect(ar("timeZone.place", place)).toContain("\u2068Kolkata\u2069");
    expect(ar.plain("timeZone.place", place)).not.toMatch(/[\u2066-\u2069]/);
    expect(ar.plain("timeZone.place", place)).toContain("Kolkata");
    expect(t.plain("home.title", { business: "Soho Studio" })).toBe(
      t("home.title", { business: "Soho Studio" }),
    );
  });
});

describe("catalogues", () => {
  it.each(Object.keys(catalogues).filter((language) => language !== "en"))(
    "%s has every English message, with the same arguments and every plural form it needs",
    (language) => {
      const catalogue = catalogues[language as keyof typeof catalogues];
      expect(catalogueProblems(en, catalogue, language)).toEqual([]);
    },
  );

  it("English is valid ICU with the forms English needs", () => {
    expect(catalogueProblems(en, en, "en")).toEqual([]);
  });

  it("finds what a translation gets wrong", () => {
    const broken = { ...catalogues.ar } as Record<string, string>;
    delete broken["home.title"];
    broken["home.intro"] = "{oops";
    broken["classes.spotsLeft"] = "{count, plural, one {#} other {#}} {capacity, number}";
    broken["nav.book"] = "احجز {business}";
    expect(catalogueProblems(en, broken, "ar")).toEqual([
      "home.title: missing",
      "nav.book: arguments business, expected none",
      expect.stringContaining("home.intro: not valid ICU"),
      "classes.spotsLeft: plural {count} lacks zero, two, few, many",
    ]);
  });
});

it("compiles messages into plain objects, which React can hand to the browser", () => {
  const plural = compiledMessages("ar")["classes.spotsLeft"] as unknown as [[string, number, object]];
  expect(Object.getPrototypeOf(plural[0][2])).toBe(Object.prototype);
});

describe("pickMessages", () => {
  const all = compiledMessages("en");

  it("keeps whole namespaces and single groups by key prefix, nothing else", () => {
    const picked = pickMessages(all, ["form", "bookings.cancel"]);
    expect(Object.keys(picked).length).toBeGreaterThan(0);
    expect(
      Object.keys(picked).every((key) => key.startsWith("form.") || key.startsWith("bookings.cancel.")),
    ).toBe(true);
    expect(Object.keys(pickMessages(all, ["book"]))).toEqual([]);
  });

  it("gives a translator that knows only what it was sent and shows other keys as themselves", () => {
    const t = createTranslator("en-US", pickMessages(all, ["form"]));
    expect(t.has("form.fullName")).toBe(true);
    expect(t("form.fullName")).toBe("Full name");
    expect(t.has("home.intro")).toBe(false);
    expect(t("home.intro")).toBe("home.intro");
  });
});

describe("resolveLocale", () => {
  const all: readonly Locale[] = locales;

  it("takes a link's ?lang= over a remembered choice, and that over the frame's and the browser's", () => {
    const sources = { remembered: "hi", frameDefault: "es", acceptLanguage: "pt-BR" };
    expect(resolveLocale({ ...sources, requested: "ar" }, all, "en-US")).toBe("ar");
    expect(resolveLocale(sources, all, "en-US")).toBe("hi");
    expect(resolveLocale({ ...sources, remembered: null }, all, "en-US")).toBe("es");
    expect(resolveLocale({ acceptLanguage: "fr-FR, pt;q=0.8, en;q=0.5" }, all, "en-US")).toBe("pt-BR");
  });

  it("skips what it does not offer and falls back to the business's default", () => {
    expect(resolveLocale({ requested: "he", acceptLanguage: "fr" }, all, "en-GB")).toBe("en-GB");
    expect(resolveLocale({ requested: "xx", acceptLanguage: "de-DE;q=abc, *" }, all, "es")).toBe("es");
    expect(resolveLocale({ requested: "ar" }, ["en-US", "es"], "en-US")).toBe("en-US");
  });

  it("gives English visitors their region's formats", () => {
    expect(matchLocale("en-GB", all)).toBe("en-GB");
    expect(matchLocale("en-AU", all)).toBe("en-GB");
    expect(matchLocale("en_IN", all)).toBe("en-IN");
    expect(matchLocale("en", all)).toBe("en-US");
    expect(matchLocale("EN-us", all)).toBe("en-US");
    expect(matchLocale("pt-PT", all)).toBe("pt-BR");
    expect(matchLocale("es-419", all)).toBe("es");
    expect(matchLocale("ar-SA", all)).toBe("ar");
    expect(matchLocale("en-GB", ["en-US", "ar"])).toBe("en-US");
  });
});

describe("textDirection", () => {
  it("knows right-to-left scripts", () => {
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("en-GB")).toBe("ltr");
  });
});
