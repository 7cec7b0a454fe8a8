"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { fieldMessage } from "@/components/forms/field-message";
import { PhoneField } from "@/components/forms/phone-field";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { usePhoneHintKey } from "@/components/ui/whatsapp-confirmations";
import { useHydrated } from "@/components/ui/use-hydrated";
import { contactSchema, type ContactInput } from "@/lib/contact/contact-schema";

/** Name and phone, checked with the same schema the join action uses. */
export function JoinForm({
  defaultCountry,
  submitLabel,
  pending,
  serverFieldErrors,
  onSubmit,
}: {
  defaultCountry: string;
  submitLabel: string;
  pending: boolean;
  serverFieldErrors: Record<string, string> | undefined;
  onSubmit: (contact: ContactInput) => void;
}) {
  const { t } = useI18n();
  const phoneHintKey = usePhoneHintKey();
  const form = useForm<ContactInput>({
    resolver: zodResolver(contactSchema),
    defaultValues: { fullName: "", country: defaultCountry, phone: "" },
  });
  const { errors } = form.formState;
  // Typing into the server's HTML before React takes over would be wiped when the form registers.
  const hydrated = useHydrated();

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <fieldset disabled={!hydrated} className="space-y-4">
        <TextField
          label={t("form.fullName")}
          autoComplete="name"
          {...form.register("fullName")}
          error={fieldMessage(t, errors.fullName) ?? serverFieldErrors?.fullName}
        />
        <PhoneField
          countryField={form.register("country")}
          phoneField={form.register("phone")}
          countryError={fieldMessage(t, errors.country) ?? serverFieldErrors?.country}
          phoneError={fieldMessage(t, errors.phone) ?? serverFieldErrors?.phone}
          hint={t(phoneHintKey)}
        />
        <button type="submit" className={buttonStyles.primary} disabled={pending}>
          {pending ? t("classes.join.pending") : submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
