"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { I18nProvider } from "./i18n/i18n-provider";

// Zod probes `new Function` on first use; the CSP blocks it and reports a violation for every page
// with a form. Jitless parsing is as correct and fast enough for forms.
z.config({ jitless: true });

export function Providers({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
