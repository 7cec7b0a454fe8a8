import { headers } from "next/headers";
import type { ReactNode } from "react";
import { inputStyles } from "@/components/forms/field-styles";
import { buttonStyles } from "@/components/ui/button-styles";
import { requestOrigin } from "@/lib/embed/request-origin";
import { env } from "@/lib/env";
import { localeNames, type Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { HostEventLog } from "./host-event-log";
import { LiveSnippet } from "./live-snippet";
import { SnippetCode } from "./snippet-code";

/**
 * Both ways to embed, live on this page (the app frames itself, which it always may), with their code,
 * in the frame language the business picks (data-lang), or its visitors' own when none.
 */
export async function EmbedDemo({ frameLang }: { frameLang: Locale | null }) {
  const [{ t }, requestHeaders] = await Promise.all([getI18n(), headers()]);
  const origin = requestOrigin(requestHeaders);
  const brand = env.BRAND_COLOR;
  const langAttribute = frameLang ? ` data-lang="${frameLang}"` : "";
  const inlineCode = `<script src="${origin}/embed.js" data-path="/book" data-theme="auto" data-brand="${brand}"${langAttribute} async></script>`;
  const popupCode = `<button type="button" data-booking-popup="/classes"${langAttribute}>${t("embed.demo.popup.button")}</button>\n<script src="${origin}/embed.js" async></script>`;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("embed.demo.title")}</h1>
        <p className="text-ink-muted">{t("embed.demo.intro")}</p>
        <p className="text-ink-muted">{t("embed.demo.allowed")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block font-medium">{t("embed.demo.language")}</span>
          <select name="frameLang" defaultValue={frameLang ?? ""} className={inputStyles}>
            <option value="">{t("embed.demo.languageVisitor")}</option>
            {env.LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonStyles.secondary}>
          {t("embed.demo.languageApply")}
        </button>
      </form>
      <DemoSection id="embed-inline" title={t("embed.demo.inline.title")} body={t("embed.demo.inline.body")}>
        <SnippetCode label={t("embed.demo.code")} code={inlineCode} />
        <LiveSnippet path="/book" brand={brand} lang={frameLang} />
      </DemoSection>
      <DemoSection id="embed-popup" title={t("embed.demo.popup.title")} body={t("embed.demo.popup.body")}>
        <SnippetCode label={t("embed.demo.code")} code={popupCode} />
        <button
          type="button"
          data-booking-popup="/classes"
          data-lang={frameLang ?? undefined}
          className={buttonStyles.primary}
        >
          {t("embed.demo.popup.button")}
        </button>
      </DemoSection>
      <DemoSection id="embed-events" title={t("embed.demo.events.title")} body={t("embed.demo.events.body")}>
        <HostEventLog />
      </DemoSection>
    </div>
  );
}

function DemoSection({
  id,
  title,
  body,
  children,
}: {
  id: string;
  title: string;
  body: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <p>{body}</p>
      {children}
    </section>
  );
}
