import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { catalogues, defaultLocale, isLocale, localeHeader, textDirection, type Locale } from "./locales";
import { createTranslator } from "./translate";

/** Placeholders every message may use without being given them. */
export function sharedParams() {
  return { business: env.BUSINESS_NAME };
}

/** The request's locale, as resolved by proxy.ts from ?lang= or Accept-Language. */
export async function getI18n() {
  const requested = (await headers()).get(localeHeader) ?? defaultLocale;
  const locale: Locale = isLocale(requested) ? requested : defaultLocale;
  const t = createTranslator(locale, catalogues[locale], sharedParams());
  return { locale, dir: textDirection(locale), t };
}
