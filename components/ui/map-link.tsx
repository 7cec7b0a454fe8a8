"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

/** The location's address on a map, in a new tab so the booking stays where it was. */
export function MapLink({ href, location }: { href: string | null; location: string }) {
  const { t } = useI18n();
  if (!href) return null;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex min-h-11 items-center text-sm font-medium underline underline-offset-2"
    >
      {t("contact.map", { location })}
      <span className="sr-only"> {t("contact.opensInNewTab")}</span>
    </a>
  );
}
