"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { fieldMessage } from "@/components/forms/field-message";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ContactLinks } from "@/components/ui/contact-links";
import { ActionError } from "@/lib/actions/result";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { PublicClassSession } from "@/lib/classes/public-class";
import { LEAVE_REASON_MAX, leaveReasonSchema } from "@/lib/classes/schemas";
import type { LeaveCode } from "./actions";
import { LateLeaveWarning } from "./late-leave-warning";
import { useLeaveClass } from "./use-leave-class";

const leaveMessages: FailureMessages<LeaveCode> = {
  invalid: "classes.error.invalid",
  signed_out: "bookings.error.signedOut",
  rate_limited: "classes.error.rateLimited",
  not_found: "classes.error.notFound",
  already_cancelled: "classes.error.notBooked",
  started: "classes.error.started",
  not_changeable: "classes.error.notBooked",
};

/**
 * Confirms leaving a class or its waitlist, with an optional reason and the late-cancel warning
 * where it applies: the one dialog for this, on the class page and in My bookings alike.
 */
export function LeaveClassDialog({
  session,
  waitlisted,
  lateCancel,
  when,
  disabled = false,
  contact,
  onLeft,
}: {
  session: PublicClassSession;
  waitlisted: boolean;
  /** Now is inside the class's cancellation cut-off. */
  lateCancel: boolean;
  /** The class's time, to tell the opener apart where several classes stand on one page. */
  when?: string;
  disabled?: boolean;
  /** The location's number, for a class that can no longer be left online. */
  contact: BusinessPhone | null;
  onLeft: () => void;
}) {
  const { t } = useI18n();
  const leave = useLeaveClass(session);
  const form = useForm({ resolver: zodResolver(leaveReasonSchema), defaultValues: { reason: "" } });
  const name = session.name;

  return (
    <ConfirmDialog
      opener={{
        label: t(waitlisted ? "classes.leave.openWaitlist" : "classes.leave.open"),
        name: when
          ? t(waitlisted ? "classes.leave.openWaitlistFor" : "classes.leave.openFor", { name, when })
          : undefined,
        disabled,
      }}
      onOpen={() => {
        leave.reset();
        form.reset();
      }}
      title={t(waitlisted ? "classes.leave.titleWaitlist" : "classes.leave.title", { name })}
      description={
        waitlisted ? (
          <p>{t("classes.leave.bodyWaitlist")}</p>
        ) : (
          <>
            <p>{t("classes.leave.body")}</p>
            {lateCancel ? (
              <LateLeaveWarning
                session={session}
                className="rounded-control border border-danger/50 p-3 font-medium text-danger"
              />
            ) : null}
          </>
        )
      }
      keepLabel={t(waitlisted ? "classes.leave.keepWaitlist" : "classes.leave.keep")}
      confirmLabel={t(waitlisted ? "classes.leave.openWaitlist" : "classes.leave.confirm")}
      pendingLabel={t("classes.leave.pending")}
      pending={leave.isPending}
      failure={failureMessage(t, leave.error, leaveMessages)}
      failureHelp={
        leave.error instanceof ActionError && leave.error.code === "started" ? (
          <ContactLinks phone={contact} />
        ) : null
      }
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
