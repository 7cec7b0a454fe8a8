"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { failureMessage, serverFieldMessages } from "@/components/forms/failure-message";
import { fieldMessage } from "@/components/forms/field-message";
import { PhoneField } from "@/components/forms/phone-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { signInPhoneSchema, type SignInPhoneInput } from "./schemas";
import { useRequestSignInCode } from "./use-request-sign-in-code";

export function PhoneStep({
  defaultValues,
  onSent,
}: {
  defaultValues: SignInPhoneInput;
  onSent: (phone: SignInPhoneInput) => void;
}) {
  const { t } = useI18n();
  const request = useRequestSignInCode();
  const form = useForm({ resolver: zodResolver(signInPhoneSchema), defaultValues });
  const { errors } = form.formState;
  const serverErrors = serverFieldMessages(t, request.error);
  const failure =
    Object.keys(serverErrors).length > 0
      ? null
      : failureMessage(t, request.error, { rate_limited: "signIn.tooManySends" });

  const onSubmit = form.handleSubmit(async (values) => {
    await request.mutateAsync(values).then(
      () => onSent(values),
      () => undefined,
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <PhoneField
        countryField={form.register("country")}
        phoneField={form.register("phone")}
        countryError={fieldMessage(t, errors.country) ?? serverErrors.country}
        phoneError={fieldMessage(t, errors.phone) ?? serverErrors.phone}
        hint={t("signIn.phoneHint")}
      />
      <p role="alert" className="text-danger empty:hidden">
        {failure}
      </p>
      <button type="submit" className={buttonStyles.primary} disabled={request.isPending}>
        {request.isPending ? t("signIn.sending") : t("signIn.send")}
      </button>
    </form>
  );
}
