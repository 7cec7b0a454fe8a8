"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";

/** A failed read in plain words, with a retry that does not reload the page. */
export function LoadError({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div role="alert" className="space-y-2 rounded-card border border-danger/40 bg-surface p-4">
      <p className="font-semibold">{title}</p>
      <p className="text-danger">{message}</p>
      <button type="button" onClick={onRetry} className={buttonStyles.secondary}>
        {t("error.retry")}
      </button>
    </div>
  );
}
