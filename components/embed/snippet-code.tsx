"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { useCopyToClipboard } from "@/components/ui/use-copy-to-clipboard";

/**
 * A snippet to copy, wrapped rather than scrolled so every character is visible on a phone, breaking
 * inside a word only where a line has no other place to break.
 */
export function SnippetCode({ label, code }: { label: string; code: string }) {
  const { t } = useI18n();
  const id = useId();
  const { copied, copy } = useCopyToClipboard();
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-label`} className="text-sm font-medium text-ink-muted">
        {label}
      </figcaption>
      <pre className="whitespace-pre-wrap rounded-control border border-line bg-surface p-3 font-mono text-sm [overflow-wrap:anywhere]">
        <code>{code}</code>
      </pre>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy(code)}
          className={buttonStyles.secondary}
          aria-describedby={`${id}-label`}
        >
          {t("embed.demo.copy")}
        </button>
        <p aria-live="polite" className="text-sm text-success">
          {copied ? t("embed.demo.copied") : null}
        </p>
      </div>
    </figure>
  );
}
