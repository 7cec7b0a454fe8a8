"use client";

import { useId } from "react";
import { failureMessage } from "@/components/classes/action-failure";
import { useLeaveClass } from "@/components/classes/use-leave-class";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ClassSession } from "@/lib/bookings/types";
import { useAnnounce } from "./bookings-announcer";
import { useModalDialog } from "./use-modal-dialog";

export function LeaveClassDialog({
  session,
  when,
  lateCancel,
}: {
  session: ClassSession;
  when: string;
  lateCancel: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const { dialog, initialFocus, open, close } = useModalDialog();
  const leave = useLeaveClass(session, "bookings");
  const name = session.name;
  const failure = leave.error ? failureMessage(leave.error, t("error.generic")) : null;
  const cutoffHours = Math.round((session.cancelCutoffMinutes ?? 0) / 6) / 10;

  async function confirm() {
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
    <>
      <button
        type="button"
        className={buttonStyles.secondary}
        onClick={() => {
          leave.reset();
          open();
        }}
        aria-label={t("bookings.leave.openFor", { name, when })}
      >
        {t("bookings.leave.open")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-black/50"
      >
        <div className="space-y-4">
          <h2 id={`${id}-title`} className="text-xl font-semibold">
            {t("bookings.leave.title")}
          </h2>
          <div id={`${id}-summary`} className="space-y-2">
            <p>{t("bookings.cancel.summary", { name, when })}</p>
            {lateCancel ? (
              <p className="font-medium text-danger">
                {t("bookings.policy.lateLeave", { hours: cutoffHours })}
              </p>
            ) : null}
          </div>
          <p role="alert" className="text-danger empty:hidden">
            {failure}
          </p>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button ref={initialFocus} type="button" className={buttonStyles.secondary} onClick={close}>
              {t("bookings.leave.keep")}
            </button>
            <button
              type="button"
              className={buttonStyles.danger}
              disabled={leave.isPending}
              onClick={confirm}
            >
              {leave.isPending ? t("bookings.leave.working") : t("bookings.leave.confirm")}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
