"use client";

import { useState } from "react";
import { normalisePhone } from "@/lib/contact/phone";
import { CodeStep } from "./code-step";
import { PhoneStep } from "./phone-step";
import type { SignInPhoneInput } from "./schemas";

/** Two steps on one page: the number, then the code sent to it. */
export function SignInFlow({ defaultCountry, business }: { defaultCountry: string; business: string }) {
  const [phone, setPhone] = useState<SignInPhoneInput>({ country: defaultCountry, phone: "" });
  const [step, setStep] = useState<"phone" | "code">("phone");

  if (step === "code") {
    const e164 = normalisePhone(phone.country, phone.phone)?.e164 ?? phone.phone;
    return (
      <CodeStep phone={phone} phoneLabel={e164} business={business} onChangeNumber={() => setStep("phone")} />
    );
  }
  return (
    <PhoneStep
      defaultValues={phone}
      onSent={(sent) => {
        setPhone(sent);
        setStep("code");
      }}
    />
  );
}
