"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";

export default function RouteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("error.title")}</h1>
      <p className="text-ink-muted">{t("error.generic")}</p>
      <button type="button" onClick={reset} className={buttonStyles.primary}>
        {t("error.retry")}
      </button>
    </div>
  );
}
