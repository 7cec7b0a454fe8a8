// Which locales exist, how each is named and written, and how a request picks one. Free of
// catalogues, so the browser can use it (the language switcher) without loading any messages.

import { frameCookieAttributes } from "../http/frame-cookie";

export const locales = ["en-US", "en-GB", "en-IN", "ar", "hi", "pt-BR", "es"] as const;
export type Locale = (typeof locales)[number];

/** The catalogue a locale's words come from: regional English shares one and differs in formats. */
export type Language = "en" | "ar" | "hi" | "pt-BR" | "es";

export function languageOf(locale: Locale): Language {
  return locale.startsWith("en-") ? "en" : (locale as Exclude<Locale, `en-${string}`>);
}

/** Each locale named in itself, as a visitor looking for their language would recognise it. */
export const localeNames: Record<Locale, string> = {
  "en-US": "English (US)",
  "en-GB": "English (UK)",
  "en-IN": "English (India)",
  ar: "العربية",
  hi: "हिन्दी",
  "pt-BR": "Português (Brasil)",
  es: "Español",
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function textDirection(locale: string): "ltr" | "rtl" {
  return ["ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi"].includes(locale.split("-")[0]!.toLowerCase())
    ? "rtl"
    : "ltr";
}

// Regions whose English writes dates day first, as British English does.
const dayFirstEnglish = new Set(["gb", "uk", "au", "nz", "ie", "za", "sg", "hk", "mt", "ng", "ke"]);
const indianEnglish = new Set(["in", "pk", "bd", "lk", "np"]);

/** The offered locale closest to a BCP 47 tag ("en-AU" → en-GB, "pt-PT" → pt-BR), or null. */
export function matchLocale(tag: string, offered: readonly Locale[]): Locale | null {
  const [language = "", region = ""] = tag.trim().toLowerCase().replace(/_/g, "-").split("-");
  const exact = offered.find((locale) => locale.toLowerCase() === `${language}-${region}`);
  if (exact) return exact;
  if (language === "en") {
    const preferred: Locale = dayFirstEnglish.has(region)
      ? "en-GB"
      : indianEnglish.has(region)
        ? "en-IN"
        : "en-US";
    return offered.includes(preferred)
      ? preferred
      : (offered.find((locale) => locale.startsWith("en-")) ?? null);
  }
  return offered.find((locale) => locale.split("-")[0]!.toLowerCase() === language) ?? null;
}

export interface LocaleSources {
  /** `?lang=` on the link the visitor followed (the switcher's links too). */
  requested?: string | null;
  /** The language chosen before: on a link, or a signed-in client's `preferredLanguage`. */
  remembered?: string | null;
  /** The embed snippet's `data-lang`: the business's choice for its own page. */
  frameDefault?: string | null;
  acceptLanguage?: string | null;
}

/** What the visitor chose, then what the business chose for its page, then the browser's languages. */
export function resolveLocale(sources: LocaleSources, offered: readonly Locale[], fallback: Locale): Locale {
  const wanted = [
    sources.requested,
    sources.remembered,
    sources.frameDefault,
    ...parseAcceptLanguage(sources.acceptLanguage ?? ""),
  ];
  for (const tag of wanted) {
    const match = tag ? matchLocale(tag, offered) : null;
    if (match) return match;
  }
  return fallback;
}

function parseAcceptLanguage(header: string): string[] {
  return header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag ?? "", quality: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map((entry) => entry.tag);
}

/** Set by proxy.ts on each request so server components know the resolved locale. */
export const localeHeader = "x-booking-locale";
/** Remembers the visitor's choice of language (switcher or `?lang=`), in a business's frame too. */
export const localeCookieName = "booking-locale";
export const localeCookieAttributes = { ...frameCookieAttributes, maxAge: 60 * 60 * 24 * 365 } as const;
