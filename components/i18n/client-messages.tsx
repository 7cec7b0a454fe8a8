import type { ReactNode } from "react";
import { getI18n, sharedParams } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/translate";
import { I18nProvider } from "./i18n-provider";

/**
 * Sends the browser only the messages its client components below use: keys starting with one of
 * `prefixes` ("booking", "bookings.cancel"). Each route segment's layout names what its pages need.
 */
export async function ClientMessages({ prefixes, children }: { prefixes: string[]; children: ReactNode }) {
  const { locale, messages } = await getI18n();
  return (
    <I18nProvider locale={locale} messages={pickMessages(messages, prefixes)} defaults={sharedParams()}>
      {children}
    </I18nProvider>
  );
}
