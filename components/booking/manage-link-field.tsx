"use client";

import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { inputStyles } from "@/components/forms/field-styles";
import { useCopyToClipboard } from "@/components/ui/use-copy-to-clipboard";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The booking's manage link (token in the fragment), to keep or copy; absolute once in the browser. */
export function ManageLinkField({ path }: { path: string }) {
  const { t } = useI18n();
  const id = useId();
  const hydrated = useHydrated();
  const { copied, copy: copyText } = useCopyToClipboard();
  const link = hydrated ? new URL(path, window.location.origin).toString() : path;
  // Where the clipboard is refused, the selected field is the way to copy it by hand.
  const copy = async () => {
    if (!(await copyText(link))) document.getElementById(id)?.focus();
  };
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-medium">
        {t("booking.manageLink.label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t("booking.manageLink.hint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={link}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputStyles} min-w-0 flex-1 text-sm`}
        />
        <button type="button" onClick={copy} className={buttonStyles.secondary}>
          {t("booking.manageLink.copy")}
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-success">
        {copied ? t("booking.manageLink.copied") : null}
      </p>
    </div>
  );
}
