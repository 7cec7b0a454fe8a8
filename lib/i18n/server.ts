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

/** The request's locale, as proxy.ts resolved it. */
export async function requestLocale(): Promise<Locale> {
  const resolved = (await headers()).get(localeHeader) ?? "";
  return isLocale(resolved) ? resolved : env.DEFAULT_LOCALE;
}

/** The request's locale with its messages, for rendering. */
export async function getI18n() {
  const locale = await requestLocale();
  const messages = compiledMessages(languageOf(locale));
  const t = createTranslator(locale, messages, sharedParams());
  return { locale, dir: textDirection(locale), t, messages };
}
