import { headers } from "next/headers";
import { buttonStyles } from "@/components/ui/button-styles";
import { requestOrigin } from "@/lib/embed/request-origin";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { HostEventLog } from "./host-event-log";
import { LiveSnippet } from "./live-snippet";
import { SnippetCode } from "./snippet-code";

/** Both ways to embed, live on this page (the app frames itself, which it always may), with their code. */
export async function EmbedDemo() {
  const [{ t }, requestHeaders] = await Promise.all([getI18n(), headers()]);
  const origin = requestOrigin(requestHeaders);
  const brand = env.BRAND_COLOR;
  const inlineCode = `<script src="${origin}/embed.js" data-path="/book" data-theme="auto" data-brand="${brand}" async></script>`;
  const popupCode = `<button type="button" data-booking-popup="/classes">${t("embed.demo.popup.button")}</button>\n<script src="${origin}/embed.js" async></script>`;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("embed.demo.title")}</h1>
        <p className="text-ink-muted">{t("embed.demo.intro")}</p>
        <p className="text-ink-muted">{t("embed.demo.allowed")}</p>
      </div>
      <section aria-labelledby="embed-inline" className="space-y-3">
        <h2 id="embed-inline" className="text-xl font-semibold">
          {t("embed.demo.inline.title")}
        </h2>
        <p>{t("embed.demo.inline.body")}</p>
        <SnippetCode label={t("embed.demo.code")} code={inlineCode} />
        <LiveSnippet path="/book" brand={brand} />
      </section>
      <section aria-labelledby="embed-popup" className="space-y-3">
        <h2 id="embed-popup" className="text-xl font-semibold">
          {t("embed.demo.popup.title")}
        </h2>
        <p>{t("embed.demo.popup.body")}</p>
        <SnippetCode label={t("embed.demo.code")} code={popupCode} />
        <button type="button" data-booking-popup="/classes" className={buttonStyles.primary}>
          {t("embed.demo.popup.button")}
        </button>
      </section>
      <section aria-labelledby="embed-events" className="space-y-3">
        <h2 id="embed-events" className="text-xl font-semibold">
          {t("embed.demo.events.title")}
        </h2>
        <p>{t("embed.demo.events.body")}</p>
        <HostEventLog />
      </section>
    </div>
  );
}
