import type { Metadata } from "next";
import { PhoneCountries } from "@/components/forms/phone-countries";
import { SignInFlow } from "@/components/sign-in/sign-in-flow";
import { phoneCountryFor } from "@/lib/contact/phone-country";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("signIn.title") };
}

export default async function SignInPage() {
  const [{ t }, defaultCountry] = await Promise.all([getI18n(), phoneCountryFor(null)]);
  return (
    <div className="max-w-xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("signIn.title")}</h1>
        <p className="text-ink-muted">{t("signIn.intro")}</p>
      </div>
      <PhoneCountries>
        <SignInFlow defaultCountry={defaultCountry} business={env.BUSINESS_NAME} />
      </PhoneCountries>
    </div>
  );
}
