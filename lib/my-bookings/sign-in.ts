import "server-only";
import type { NormalisedPhone } from "@/lib/contact/phone";
import { env } from "@/lib/env";
import { languageOf, type Locale } from "@/lib/i18n/locales";
import { createOneTimeCodes } from "@/lib/session/one-time-code";
import { getStore } from "@/lib/store";
import { sendWhatsAppTemplate } from "@/lib/whautomate";
import { findClientByPhone } from "./find-client";
import { log } from "@/lib/log/log";

function oneTimeCodes() {
  return createOneTimeCodes(getStore(), env.SESSION_SECRET);
}

/**
 * A code is issued for every number asked about, client or not, so that what a wrong guess answers
 * ("not right" rather than "expired") cannot tell anyone whether the number belongs to a client.
 */
export function issueSignInCode(phone: NormalisedPhone): Promise<string> {
  return oneTimeCodes().issue(phone.e164);
}

/** The business's code template in the visitor's language where it has one (OTP_TEMPLATE_LANGUAGES). */
export function templateLanguage(locale: Locale): string {
  const byLocale = env.OTP_TEMPLATE_LANGUAGES;
  return byLocale[locale] ?? byLocale[languageOf(locale)] ?? env.OTP_TEMPLATE_LANGUAGE;
}

/** Sends the code only when the number is a client's. Callers run it after answering, so timing says nothing. */
export async function sendSignInCode(phone: NormalisedPhone, code: string, locale: Locale): Promise<void> {
  try {
    const client = await findClientByPhone(phone);
    if (!client) return;
    await sendWhatsAppTemplate({
      to: { clientId: client.id },
      template: { name: env.OTP_TEMPLATE_NAME, language: templateLanguage(locale) },
      bodyParameters: [code],
    });
  } catch (error) {
    log.error("[sign-in] could not send a code", { error });
  }
}

export type SignInCheck =
  { status: "ok"; clientId: string; preferredLanguage: string | null } | { status: "invalid" | "expired" };

/** "expired" also covers locked codes and phones that were never sent one: they all need a new code. */
export async function checkSignInCode(phone: NormalisedPhone, code: string): Promise<SignInCheck> {
  const result = await oneTimeCodes().verify(phone.e164, code);
  if (result === "invalid") return { status: "invalid" };
  if (result !== "ok") return { status: "expired" };
  const client = await findClientByPhone(phone);
  return client
    ? { status: "ok", clientId: client.id, preferredLanguage: client.preferredLanguage }
    : { status: "expired" };
}
