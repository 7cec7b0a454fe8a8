import type { Metadata, Viewport } from "next";
import { Suspense, type CSSProperties, type ReactNode } from "react";
import { EmbedBridge } from "@/components/embed/embed-bridge";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { Providers } from "@/components/providers";
import { OfflineNotice } from "@/components/ui/offline-notice";
import { SiteHeader } from "@/components/ui/site-header";
import { embeddedDocumentAttributes } from "@/lib/embed/document-attributes";
import { readEmbedSettings } from "@/lib/embed/server";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { brandVariables } from "@/lib/theme/brand-palette";
import "./globals.css";
import "@/components/embed/embed-theme.css";
import { ConfirmationsProvider } from "@/components/ui/whatsapp-confirmations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    title: { default: env.BUSINESS_NAME, template: `%s · ${env.BUSINESS_NAME}` },
    description: t("app.poweredBy", { business: env.BUSINESS_NAME }),
    icons: {
      icon: { url: "/brand-icon.svg", type: "image/svg+xml" },
      apple: { url: "/brand-icon.png?size=180", sizes: "180x180", type: "image/png" },
    },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, dir, t } = await getI18n();
  // Inside a business's page: no header, the snippet's theme and brand, and a height that follows the content.
  const embed = await readEmbedSettings();
  const documentAttributes = embed
    ? embeddedDocumentAttributes(embed, env.BRAND_COLOR)
    : { style: brandVariables(env.BRAND_COLOR) as CSSProperties };
  return (
    <html lang={locale} dir={dir} {...documentAttributes}>
      <body className={embed ? "font-sans antialiased" : "min-h-dvh font-sans antialiased"}>
        {embed ? null : (
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-control focus:bg-surface focus:px-4 focus:py-2"
          >
            {t("app.skipToContent")}
          </a>
        )}
        <Providers>
          <ConfirmationsProvider mode={env.CONFIRMATIONS}>
            <ClientMessages prefixes={["error", "loading", "connection", "contact", "nav.language"]}>
              <OfflineNotice />
              {embed ? <EmbedBridge host={embed.host} /> : <SiteHeader businessName={env.BUSINESS_NAME} />}
              <main
                id="main"
                className={`mx-auto w-full max-w-3xl px-4 pt-6 sm:px-6 ${embed ? "pb-6" : "pb-16"}`}
              >
                {embed ? (
                  <div className="-mt-4 mb-2 flex justify-end">
                    <Suspense fallback={null}>
                      <LanguageSwitcher offered={env.LOCALES} />
                    </Suspense>
                  </div>
                ) : null}
                {children}
              </main>
            </ClientMessages>
          </ConfirmationsProvider>
        </Providers>
      </body>
    </html>
  );
}
