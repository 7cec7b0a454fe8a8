"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { fieldMessage } from "@/components/forms/field-message";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { PublicClassSession } from "@/lib/classes/public-class";
import { LEAVE_REASON_MAX, leaveReasonSchema } from "@/lib/classes/schemas";
import { formatDuration } from "@/lib/i18n/format";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import type { LeaveCode } from "./actions";
import { useLeaveClass } from "./use-leave-class";

const leaveMessages: FailureMessages<LeaveCode> = {
  invalid: "classes.error.invalid",
  signed_out: "classes.error.notSignedIn",
  rate_limited: "classes.error.rateLimited",
  not_found: "classes.error.notFound",
  already_cancelled: "classes.error.notBooked",
  started: "classes.error.started",
  not_changeable: "classes.error.notBooked",
};

/** Confirms leaving the class or its waitlist, with the late-cancel warning where it applies. */
export function LeaveDialog({
  session,
  waitlisted,
  lateCancelMinutes,
  disabled,
  onLeft,
}: {
  session: PublicClassSession;
  waitlisted: boolean;
  /** The cancellation window, when the client is already inside it. */
  lateCancelMinutes: number | null;
  disabled: boolean;
  onLeft: () => void;
}) {
  const { t, locale } = useI18n();
  const leave = useLeaveClass(session);
  const form = useForm({ resolver: zodResolver(leaveReasonSchema), defaultValues: { reason: "" } });

  return (
    <ConfirmDialog
      opener={{ label: t(waitlisted ? "classes.leave.openWaitlist" : "classes.leave.open"), disabled }}
      onOpen={leave.reset}
      title={t("classes.leave.title", { name: session.name })}
      description={
        waitlisted ? null : (
          <>
            <p>{t("classes.leave.body")}</p>
            {lateCancelMinutes !== null ? (
              <p className="rounded-control border border-danger/50 p-3 font-medium text-danger">
                {t("classes.leave.lateWarning", { window: formatDuration(lateCancelMinutes, locale) })}
              </p>
            ) : null}
          </>
        )
      }
      keepLabel={t(waitlisted ? "classes.leave.keepWaitlist" : "classes.leave.keep")}
      confirmLabel={t(waitlisted ? "classes.leave.openWaitlist" : "classes.leave.confirm")}
      pendingLabel={t("classes.leave.pending")}
      pending={leave.isPending}
      failure={failureMessage(t, leave.error, leaveMessages)}
      onConfirm={(event, close) =>
        form.handleSubmit(async ({ reason }) => {
          // Awaited rather than a mutate() callback: once the class is read afresh, this dialog is gone.
          const left = await leave.mutateAsync({ reason }).then(
            () => true,
            () => false,
          );
          if (!left) return;
          close();
          onLeft();
        })(event)
      }
    >
      <TextField
        multiline
        label={t("classes.leave.reason")}
        hint={t("classes.leave.reasonHint")}
        maxLength={LEAVE_REASON_MAX}
        rows={3}
        {...form.register("reason")}
        error={fieldMessage(t, form.formState.errors.reason)}
      />
    </ConfirmDialog>
  );
}
