"use client";

import { useId, type FormEvent, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "./button-styles";
import { useConnection } from "./connection";
import { useModalDialog } from "./use-modal-dialog";

/**
 * Its opener and a modal that asks before a change that cannot be undone (cancelling, leaving). "Keep"
 * has the focus and Escape keeps too, so the safe choice is the default one. `onConfirm` closes it once
 * the change is done.
 */
export function ConfirmDialog({
  opener,
  onOpen,
  title,
  description,
  children,
  keepLabel,
  confirmLabel,
  pendingLabel,
  pending,
  failure,
  failureHelp = null,
  onConfirm,
}: {
  /** `name` replaces the label for assistive technology where the label alone would be ambiguous. */
  opener: { label: string; name?: string; disabled?: boolean };
  /** Clears what an earlier attempt left behind. */
  onOpen: () => void;
  title: string;
  description: ReactNode;
  /** The form's fields, such as a reason. */
  children?: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  failure: string | null;
  /** What the client can do about the failure, such as the business's number to call. */
  failureHelp?: ReactNode;
  onConfirm: (event: FormEvent<HTMLFormElement>, close: () => void) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const offline = useConnection() !== "online";
  const { dialog, initialFocus, open, close } = useModalDialog();
  return (
    <>
      <button
        type="button"
        className={buttonStyles.secondary}
        disabled={opener.disabled}
        aria-label={opener.name}
        onClick={() => {
          onOpen();
          open();
        }}
      >
        {opener.label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-black/50"
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm(event, close);
          }}
          noValidate
          className="space-y-4"
        >
          <h2 id={`${id}-title`} className="text-xl font-semibold">
            {title}
          </h2>
          <div id={`${id}-description`} className="space-y-2">
            {description}
          </div>
          {children}
          <p role="alert" className="text-danger empty:hidden">
            {failure}
          </p>
          {failureHelp}
          {/* The page's own offline notice is behind this modal, out of sight and out of reach. */}
          <p role="status" className="text-sm font-medium empty:hidden">
            {offline ? t("connection.offline") : null}
          </p>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button ref={initialFocus} type="button" className={buttonStyles.secondary} onClick={close}>
              {keepLabel}
            </button>
            <button type="submit" className={buttonStyles.danger} disabled={pending}>
              {pending ? pendingLabel : confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
