"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import { failureMessage } from "@/components/forms/failure-message";
import { fieldMessage } from "@/components/forms/field-message";
import { TextField } from "@/components/forms/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { signInCodeSchema, type SignInPhoneInput } from "./schemas";
import { useRequestSignInCode } from "./use-request-sign-in-code";
import { useVerifySignInCode } from "./use-verify-sign-in-code";

export function CodeStep({
  phone,
  phoneLabel,
  business,
  onChangeNumber,
}: {
  phone: SignInPhoneInput;
  phoneLabel: string;
  business: string;
  onChangeNumber: () => void;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const verify = useVerifySignInCode();
  const resend = useRequestSignInCode();
  const form = useForm({ resolver: zodResolver(signInCodeSchema), defaultValues: { code: "" } });

  useEffect(() => heading.current?.focus(), []);

  const latest = [verify, resend].find((mutation) => mutation.isError);
  const failure = latest
    ? failureMessage(t, latest.error, {
        invalid: "signIn.codeFormat",
        rate_limited: latest === verify ? "signIn.tooManyChecks" : "signIn.tooManySends",
        wrong_code: "signIn.codeWrong",
        expired: "signIn.codeExpired",
      })
    : null;

  const onSubmit = form.handleSubmit(async ({ code }) => {
    resend.reset();
    try {
      await verify.mutateAsync({ ...phone, code });
    } catch {
      form.setFocus("code");
      return;
    }
    router.replace("/bookings");
    router.refresh();
  });

  async function sendAgain() {
    verify.reset();
    form.reset();
    await resend.mutateAsync(phone).then(
      () => form.setFocus("code"),
      () => undefined,
    );
  }

  return (
    <div className="space-y-4">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
        {t("signIn.codeTitle")}
      </h2>
      <p role="status">{t("signIn.codeSent", { phone: phoneLabel, business })}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField
          label={t("signIn.code")}
          hint={t("signIn.codeHint")}
          error={fieldMessage(t, form.formState.errors.code)}
          inputMode="numeric"
          dir="ltr"
          autoComplete="one-time-code"
          maxLength={8}
          {...form.register("code")}
        />
        <p role="alert" className="text-danger empty:hidden">
          {failure}
        </p>
        <button
          type="submit"
          className={buttonStyles.primary}
          disabled={verify.isPending || verify.isSuccess}
        >
          {verify.isPending ? t("signIn.verifying") : t("signIn.verify")}
        </button>
      </form>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonStyles.quiet} onClick={sendAgain} disabled={resend.isPending}>
          {t("signIn.resend")}
        </button>
        <button type="button" className={buttonStyles.quiet} onClick={onChangeNumber}>
          {t("signIn.changeNumber")}
        </button>
      </div>
    </div>
  );
}
