import "server-only";
import { headers } from "next/headers";
import { catalogues, defaultLocale, isLocale, localeHeader, textDirection, type Locale } from "./locales";
import { createTranslator } from "./translate";

/** The request's locale, as resolved by proxy.ts from ?lang= or Accept-Language. */
export async function getI18n() {
  const requested = (await headers()).get(localeHeader) ?? defaultLocale;
  const locale: Locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, dir: textDirection(locale), t: createTranslator(locale, catalogues[locale]) };
}
