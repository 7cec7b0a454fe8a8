import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SiteHeader } from "@/components/ui/site-header";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { readableTextOn } from "@/lib/theme/contrast";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: env.BUSINESS_NAME, template: `%s · ${env.BUSINESS_NAME}` },
    description: t("app.poweredBy", { business: env.BUSINESS_NAME }),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, dir, t } = await getI18n();
  const brandStyle = {
    "--brand": env.BRAND_COLOR,
    "--brand-contrast": readableTextOn(env.BRAND_COLOR),
  } as CSSProperties;
  return (
    <html lang={locale} dir={dir} style={brandStyle}>
      <body className="min-h-dvh font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-control focus:bg-surface focus:px-4 focus:py-2"
        >
          {t("app.skipToContent")}
        </a>
        <Providers locale={locale}>
          <SiteHeader businessName={env.BUSINESS_NAME} />
          <main id="main" className="mx-auto w-full max-w-3xl px-4 pb-16 pt-6 sm:px-6">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
