"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { notifyEmbedHost } from "@/components/embed/embed-host";
import { fieldMessage } from "@/components/forms/field-message";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Appointment } from "@/lib/bookings/types";
import { useAnnounce } from "./bookings-announcer";
import { cancelReasonSchema } from "./schemas";
import { useCancelAppointment } from "./use-cancel-appointment";
import { useModalDialog } from "./use-modal-dialog";

export function CancelAppointmentDialog({
  appointment,
  when,
  business,
}: {
  appointment: Appointment;
  when: string;
  business: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const { dialog, initialFocus, open, close } = useModalDialog();
  const cancel = useCancelAppointment();
  const form = useForm({ resolver: zodResolver(cancelReasonSchema), defaultValues: { reason: "" } });
  const name = appointment.service.name;
  const failure =
    cancel.data?.ok === false ? cancel.data.message : cancel.isError ? t("error.generic") : null;

  const onSubmit = form.handleSubmit(async ({ reason }) => {
    const result = await cancel.mutateAsync({ appointmentId: appointment.id, reason });
    if (!result.ok) return;
    notifyEmbedHost("cancelled", {
      id: appointment.id,
      start: appointment.startsAt,
      end: appointment.endsAt,
      status: "cancelled",
    });
    close();
    announce(t("bookings.cancel.done", { name, when }));
  });

  return (
    <>
      <button
        type="button"
        className={buttonStyles.secondary}
        onClick={() => {
          cancel.reset();
          form.reset();
          open();
        }}
        aria-label={t("bookings.cancel.openFor", { name, when })}
      >
        {t("bookings.cancel.open")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-black/50"
      >
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <h2 id={`${id}-title`} className="text-xl font-semibold">
            {t("bookings.cancel.title")}
          </h2>
          <p id={`${id}-summary`}>{t("bookings.cancel.summary", { name, when })}</p>
          <TextField
            multiline
            label={t("bookings.cancel.reason")}
            optionalLabel={t("form.optional")}
            hint={t("bookings.cancel.reasonHint", { business })}
            error={fieldMessage(t, form.formState.errors.reason)}
            maxLength={300}
            {...form.register("reason")}
          />
          <p role="alert" className="text-danger empty:hidden">
            {failure}
          </p>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button ref={initialFocus} type="button" className={buttonStyles.secondary} onClick={close}>
              {t("bookings.cancel.keep")}
            </button>
            <button type="submit" className={buttonStyles.danger} disabled={cancel.isPending}>
              {cancel.isPending ? t("bookings.cancel.working") : t("bookings.cancel.confirm")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
