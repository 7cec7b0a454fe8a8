import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { localeCookieAttributes, localeCookieName, matchLocale } from "./locales";

/**
 * Once a client has proved who they are, the language the business recorded for them is used from
 * then on, unless the visitor already chose one.
 */
export async function rememberPreferredLocale(preferredLanguage: string | null): Promise<void> {
  const jar = await cookies();
  if (!preferredLanguage || jar.has(localeCookieName)) return;
  const locale = matchLocale(preferredLanguage, env.LOCALES);
  if (locale) jar.set(localeCookieName, locale, localeCookieAttributes);
}
