"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import {
  createTranslator,
  type Messages,
  type Translate,
  type TranslationParams,
} from "@/lib/i18n/translate";

const I18nContext = createContext<{
  locale: Locale;
  messages: Messages;
  defaults: TranslationParams;
  t: Translate;
} | null>(null);

/** Translates with the messages it is given and those of the providers around it. */
export function I18nProvider({
  locale,
  messages,
  defaults,
  children,
}: {
  locale: Locale;
  messages: Messages;
  /** Placeholders every message may use (see createTranslator); inherited when not given. */
  defaults?: TranslationParams;
  children: ReactNode;
}) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    const all = parent ? { ...parent.messages, ...messages } : messages;
    const shared = defaults ?? parent?.defaults ?? {};
    return { locale, messages: all, defaults: shared, t: createTranslator(locale, all, shared) };
  }, [locale, messages, defaults, parent]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
