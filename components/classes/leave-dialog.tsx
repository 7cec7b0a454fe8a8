"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useRef } from "react";
import { useForm } from "react-hook-form";
import { fieldMessage } from "@/components/forms/field-message";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { LEAVE_REASON_MAX, leaveReasonSchema } from "@/lib/classes/schemas";
import { formatDuration } from "@/lib/i18n/format";

/**
 * Confirms leaving, with the late-cancel warning where it applies. "Keep my spot" has the focus and
 * Escape keeps the spot too, so the safe choice is the default one.
 */
export function LeaveDialog({
  open,
  classTitle,
  lateCancelMinutes,
  waitlisted,
  pending,
  error,
  onKeep,
  onLeave,
}: {
  open: boolean;
  classTitle: string;
  /** The cancellation window, when the client is already inside it. */
  lateCancelMinutes: number | null;
  waitlisted: boolean;
  pending: boolean;
  error: string | null;
  onKeep: () => void;
  onLeave: (reason: string) => void;
}) {
  const { t, locale } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const form = useForm({ resolver: zodResolver(leaveReasonSchema), defaultValues: { reason: "" } });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // showModal() would focus the first control, the reason box; the safe choice gets it instead.
      keepButton.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onKeep}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-black/50"
    >
      <form onSubmit={form.handleSubmit(({ reason }) => onLeave(reason))} noValidate className="space-y-4">
        <h2 id={titleId} className="text-xl font-semibold">
          {t("classes.leave.title", { name: classTitle })}
        </h2>
        <div id={bodyId} className="space-y-2">
          {waitlisted ? null : <p>{t("classes.leave.body")}</p>}
          {lateCancelMinutes !== null && !waitlisted ? (
            <p className="rounded-control border border-danger/50 p-3 font-medium text-danger">
              {t("classes.leave.lateWarning", { window: formatDuration(lateCancelMinutes, locale) })}
            </p>
          ) : null}
        </div>
        <TextField
          multiline
          label={t("classes.leave.reason")}
          hint={t("classes.leave.reasonHint")}
          maxLength={LEAVE_REASON_MAX}
          rows={3}
          {...form.register("reason")}
          error={fieldMessage(t, form.formState.errors.reason)}
        />
        <p role="alert" className="text-danger empty:hidden">
          {error}
        </p>
        <div className="flex flex-wrap gap-3">
          <button ref={keepButton} type="button" className={buttonStyles.primary} onClick={onKeep}>
            {t(waitlisted ? "classes.leave.keepWaitlist" : "classes.leave.keep")}
          </button>
          <button type="submit" className={buttonStyles.danger} disabled={pending}>
            {pending
              ? t("classes.leave.pending")
              : t(waitlisted ? "classes.leave.openWaitlist" : "classes.leave.confirm")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
