import type { Catalogue } from "./messages/en";
import { en } from "./messages/en";

export const catalogues = { en } satisfies Record<string, Catalogue>;

export type Locale = keyof typeof catalogues;
export const defaultLocale: Locale = "en";

const rightToLeft = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi"]);

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(catalogues, value);
}

export function textDirection(locale: string): "ltr" | "rtl" {
  return rightToLeft.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}

/** Picks the locale from an explicit ?lang= first, then the Accept-Language header. */
export function resolveLocale(
  lang: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  const wanted = [lang, ...parseAcceptLanguage(acceptLanguage ?? "")].filter((value): value is string =>
    Boolean(value),
  );
  for (const tag of wanted) {
    const normalised = tag.trim().toLowerCase();
    if (isLocale(normalised)) return normalised;
    const base = normalised.split("-")[0]!;
    if (isLocale(base)) return base;
  }
  return defaultLocale;
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
