"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { failureMessage } from "@/components/forms/failure-message";
import { useNow } from "./use-now";
import { fieldMessage } from "@/components/forms/field-message";
import { PhoneField } from "@/components/forms/phone-field";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { usePhoneHintKey } from "@/components/ui/whatsapp-confirmations";
import { ContactLinks } from "@/components/ui/contact-links";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import { countryFromLocale } from "@/lib/contact/phone";
import type { ContactPrefill } from "@/lib/booking/prefill";
import { bookMessages, type BookFailure } from "./booking-failures";
import { bookingSchema, NOTES_MAX_LENGTH, type BookingInput } from "./booking-schema";

type Selection = Pick<BookingInput, "locationId" | "serviceId" | "addOnIds" | "staffId" | "startsAt">;
const contactFields = ["fullName", "country", "phone", "notes"] as const;

/** Name, phone and notes, checked with the schema the booking action checks them with again. */
export function DetailsForm({
  selection,
  prefill,
  cancelNoticeHours,
  contact,
  serverNow,
  pending,
  waitingToSend,
  notSent,
  onDontSend,
  failure,
  onSubmit,
}: {
  selection: Selection;
  prefill: ContactPrefill;
  cancelNoticeHours: number;
  contact: BusinessPhone | null;
  /** When the server rendered the page, so its markup and the browser's first render agree. */
  serverNow: string;
  pending: boolean;
  /** Confirmed while offline: held until the browser is back online. */
  waitingToSend: boolean;
  /** The client dropped a held send: nothing was booked. */
  notSent: boolean;
  onDontSend: () => void;
  /** Shown above the button; a taken slot is shown elsewhere. */
  failure: BookFailure | null;
  onSubmit: (input: BookingInput) => Promise<BookFailure | null>;
}) {
  const { t, locale } = useI18n();
  const phoneHintKey = usePhoneHintKey();
  const [unreachable, setUnreachable] = useState(false);
  const form = useForm<BookingInput>({
    resolver: zodResolver(bookingSchema),
    defaultValues: {
      ...selection,
      fullName: prefill.fullName ?? "",
      country: prefill.country ?? countryFromLocale(locale) ?? "GB",
      phone: prefill.phone ?? "",
      notes: "",
      requestId: crypto.randomUUID(),
    },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    if (pending) return;
    setUnreachable(false);
    let result: BookFailure | null;
    try {
      // The slot may have changed since the form was created (an alternative was chosen).
      result = await onSubmit({ ...values, ...selection });
    } catch {
      // The outcome is unknown: keep the requestId so a retry cannot book twice.
      setUnreachable(true);
      return;
    }
    if (!result) return;
    if (result.code !== "in_progress") form.setValue("requestId", crypto.randomUUID());
    if (result.code === "invalid" && result.fieldErrors) {
      for (const field of contactFields) {
        const key = result.fieldErrors[field];
        if (key) form.setError(field, { message: key }, { shouldFocus: true });
      }
    }
  });

  // A time inside the notice window can be booked but not changed online afterwards: say so first.
  const now = useNow(serverNow);
  const insideNotice =
    cancelNoticeHours > 0 && Date.parse(selection.startsAt) - Date.parse(now) < cancelNoticeHours * 3_600_000;
  const policy = insideNotice
    ? t("booking.details.policyTooLate", { hours: cancelNoticeHours })
    : cancelNoticeHours > 0
      ? t("booking.details.policy", { hours: cancelNoticeHours })
      : t("booking.details.policyNone");
  const formError = unreachable ? t("error.upstreamUnavailable") : failureMessage(t, failure, bookMessages);

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <TextField
        label={t("form.fullName")}
        autoComplete="name"
        {...form.register("fullName")}
        error={fieldMessage(t, errors.fullName)}
      />
      <PhoneField
        countryField={form.register("country")}
        phoneField={form.register("phone")}
        countryError={fieldMessage(t, errors.country)}
        phoneError={fieldMessage(t, errors.phone)}
        hint={t(phoneHintKey)}
      />
      <TextField
        multiline
        label={t("booking.details.notes")}
        optionalLabel={t("form.optional")}
        hint={t("booking.details.notesHint", { max: NOTES_MAX_LENGTH })}
        maxLength={NOTES_MAX_LENGTH}
        {...form.register("notes")}
        error={fieldMessage(t, errors.notes)}
      />
      <div className="rounded-card bg-brand-soft px-4 py-3 text-sm">
        <p>{policy}</p>
        {insideNotice ? <ContactLinks phone={contact} /> : null}
      </div>
      <div role="alert" className="text-danger empty:hidden">
        {formError}
      </div>
      <p role="status" className="font-medium empty:hidden">
        {waitingToSend ? t("booking.details.waitingToSend") : notSent ? t("booking.details.notSent") : null}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={`${buttonStyles.primary} w-full sm:w-auto`} disabled={pending}>
          {waitingToSend
            ? t("booking.details.waiting")
            : pending
              ? t("booking.details.confirming")
              : t("booking.details.confirm")}
        </button>
        {waitingToSend ? (
          <button type="button" className={`${buttonStyles.secondary} w-full sm:w-auto`} onClick={onDontSend}>
            {t("booking.details.dontSend")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
