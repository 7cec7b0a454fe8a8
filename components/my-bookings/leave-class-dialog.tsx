"use client";

import type { LeaveCode } from "@/components/classes/actions";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { useLeaveClass } from "@/components/classes/use-leave-class";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { PublicClassSession } from "@/lib/classes/public-class";
import { useAnnounce } from "./bookings-announcer";

const leaveMessages: FailureMessages<LeaveCode> = {
  invalid: "bookings.error.invalid",
  signed_out: "bookings.error.signedOut",
  rate_limited: "bookings.error.tooMany",
  not_found: "bookings.error.notFound",
  already_cancelled: "bookings.error.alreadyCancelled",
  started: "bookings.policy.notChangeable",
  not_changeable: "bookings.policy.notChangeable",
};

export function LeaveClassDialog({
  session,
  when,
  lateCancel,
}: {
  session: PublicClassSession;
  when: string;
  lateCancel: boolean;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const leave = useLeaveClass(session);
  const name = session.name;
  const cutoffHours = Math.round((session.cancelCutoffMinutes ?? 0) / 6) / 10;

  async function confirm(_event: unknown, close: () => void) {
    // Awaited rather than a mutate() callback: the refreshed list moves this booking, unmounting the dialog.
    const left = await leave.mutateAsync({ reason: "" }).then(
      () => true,
      () => false,
    );
    if (!left) return;
    close();
    announce(t("bookings.leave.done", { name, when }));
  }

  return (
    <ConfirmDialog
      opener={{ label: t("bookings.leave.open"), name: t("bookings.leave.openFor", { name, when }) }}
      onOpen={leave.reset}
      title={t("bookings.leave.title")}
      description={
        <>
          <p>{t("bookings.cancel.summary", { name, when })}</p>
          {lateCancel ? (
            <p className="font-medium text-danger">
              {t("bookings.policy.lateLeave", { hours: cutoffHours })}
            </p>
          ) : null}
        </>
      }
      keepLabel={t("bookings.leave.keep")}
      confirmLabel={t("bookings.leave.confirm")}
      pendingLabel={t("bookings.leave.working")}
      pending={leave.isPending}
      failure={failureMessage(t, leave.error, leaveMessages)}
      onConfirm={confirm}
    />
  );
}
