import type { ReactNode } from "react";
import { phoneCountryNames } from "@/lib/contact/phone-country-names";
import { getI18n } from "@/lib/i18n/server";
import { PhoneCountriesProvider } from "./phone-countries-provider";

/** Gives the phone fields below the country names the server put in its HTML. */
export async function PhoneCountries({ children }: { children: ReactNode }) {
  const { locale } = await getI18n();
  return <PhoneCountriesProvider countries={phoneCountryNames(locale)}>{children}</PhoneCountriesProvider>;
}
