"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { BusinessPhone } from "@/lib/contact/business-phone";

/** Tap to call the location, or message it on WhatsApp: wherever a client is told to get in touch. */
export function ContactLinks({ phone }: { phone: BusinessPhone | null }) {
  const { t } = useI18n();
  if (!phone) return null;
  const link = "inline-flex min-h-11 items-center font-medium underline underline-offset-2";
  return (
    <span className="flex flex-wrap gap-x-5">
      <a href={phone.callHref} className={link}>
        {t("contact.call", { phone: phone.display })}
      </a>
      <a href={phone.whatsAppHref} target="_blank" rel="noopener noreferrer" className={link}>
        {t("contact.whatsApp")}
      </a>
    </span>
  );
}
