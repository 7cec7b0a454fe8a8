import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { compiledMessages } from "./catalogues";
import { isLocale, languageOf, localeHeader, textDirection, type Locale } from "./locales";
import { createTranslator } from "./translate";

/** Arguments every message may use without being given them. */
export function sharedParams() {
  return { business: env.BUSINESS_NAME };
}

/** The request's locale, as resolved by proxy.ts (lib/i18n/request-locale.ts). */
export async function getI18n() {
  const requested = (await headers()).get(localeHeader) ?? "";
  const locale: Locale = isLocale(requested) ? requested : env.DEFAULT_LOCALE;
  const messages = compiledMessages(languageOf(locale));
  const t = createTranslator(locale, messages, sharedParams());
  return { locale, dir: textDirection(locale), t, messages };
}
