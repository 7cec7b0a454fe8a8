"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { localeNames, type Locale } from "@/lib/i18n/locales";
import { useI18n } from "./i18n-provider";

/**
 * The offered languages as plain links to this page with `?lang=`: a full load, so the document's
 * language and direction change with the words, and the proxy remembers the choice.
 */
export function LanguageSwitcher({ offered }: { offered: readonly Locale[] }) {
  const { t, locale } = useI18n();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const menu = useRef<HTMLDetailsElement>(null);
  // Like any menu: Escape or a click elsewhere closes it, and Escape gives focus back to its button.
  useEffect(() => {
    const close = (event: KeyboardEvent | PointerEvent) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, []);
  if (offered.length < 2) return null;
  const hrefFor = (target: Locale) => {
    const params = new URLSearchParams(searchParams);
    params.delete("embed");
    params.set("lang", target);
    return `${pathname}?${params}`;
  };
  return (
    <details ref={menu} className="group relative">
      <summary
        aria-label={`${t("nav.language")}: ${localeNames[locale]}`}
        className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-control px-3 text-sm font-medium text-ink-muted hover:text-ink [&::-webkit-details-marker]:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2.2 2.3 2.2 12.7 0 15M10 2.5c-2.2 2.3-2.2 12.7 0 15" />
        </svg>
        <span lang={locale}>{localeNames[locale]}</span>
      </summary>
      <ul className="absolute end-0 z-20 mt-1 min-w-48 rounded-card border border-line bg-surface p-1 shadow-lg">
        {offered.map((option) => (
          <li key={option}>
            <a
              href={hrefFor(option)}
              lang={option}
              hrefLang={option}
              aria-current={option === locale ? "true" : undefined}
              className="flex min-h-11 items-center rounded-control px-3 text-sm text-ink hover:bg-brand/10 aria-[current=true]:font-semibold aria-[current=true]:text-brand"
            >
              {localeNames[option]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
