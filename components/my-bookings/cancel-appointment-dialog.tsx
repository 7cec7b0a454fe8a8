"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { notifyEmbedHost } from "@/components/embed/embed-host";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { fieldMessage } from "@/components/forms/field-message";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ContactLinks } from "@/components/ui/contact-links";
import { ActionError } from "@/lib/actions/result";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { AppointmentView } from "@/lib/my-bookings/types";
import { useAnnounce } from "./bookings-announcer";
import { cancelReasonSchema } from "./schemas";
import { useCancelAppointment } from "./use-cancel-appointment";

const cancelMessages: FailureMessages<"signed_out" | "already_cancelled" | "too_late" | "not_changeable"> = {
  invalid: "bookings.error.invalid",
  signed_out: "bookings.error.signedOut",
  rate_limited: "bookings.error.tooMany",
  not_found: "bookings.error.notFound",
  already_cancelled: "bookings.error.alreadyCancelled",
  too_late: "bookings.error.tooLate",
  not_changeable: "bookings.policy.notChangeable",
};

export function CancelAppointmentDialog({
  appointment,
  when,
  business,
  contact,
}: {
  appointment: AppointmentView;
  when: string;
  business: string;
  /** The location's number, for a cancellation refused as too late: the client must call instead. */
  contact: BusinessPhone | null;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const cancel = useCancelAppointment();
  const form = useForm({ resolver: zodResolver(cancelReasonSchema), defaultValues: { reason: "" } });
  const name = appointment.service.name;
  const failure = failureMessage(t, cancel.error, cancelMessages);
  const refused =
    cancel.error instanceof ActionError &&
    (cancel.error.code === "too_late" || cancel.error.code === "not_changeable");

  return (
    <ConfirmDialog
      opener={{ label: t("bookings.cancel.open"), name: t("bookings.cancel.openFor", { name, when }) }}
      onOpen={() => {
        cancel.reset();
        form.reset();
      }}
      title={t("bookings.cancel.title")}
      description={<p>{t("bookings.cancel.summary", { name, when })}</p>}
      keepLabel={t("bookings.cancel.keep")}
      confirmLabel={t("bookings.cancel.confirm")}
      pendingLabel={t("bookings.cancel.working")}
      pending={cancel.isPending}
      failure={failure}
      failureHelp={refused ? <ContactLinks phone={contact} /> : null}
      onConfirm={(event, close) =>
        form.handleSubmit(async ({ reason }) => {
          const cancelled = await cancel.mutateAsync({ appointmentId: appointment.id, reason }).then(
            () => true,
            () => false,
          );
          if (!cancelled) return;
          notifyEmbedHost("cancelled", {
            id: appointment.id,
            start: appointment.startsAt,
            end: appointment.endsAt,
            status: "cancelled",
          });
          close();
          announce(t("bookings.cancel.done", { name, when }));
        })(event)
      }
    >
      <TextField
        multiline
        label={t("bookings.cancel.reason")}
        optionalLabel={t("form.optional")}
        hint={t("bookings.cancel.reasonHint", { business })}
        error={fieldMessage(t, form.formState.errors.reason)}
        maxLength={300}
        {...form.register("reason")}
      />
    </ConfirmDialog>
  );
}
