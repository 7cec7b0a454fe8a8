"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { PhoneCountryName } from "@/lib/contact/phone-country-names";

const PhoneCountriesContext = createContext<PhoneCountryName[] | null>(null);

export function PhoneCountriesProvider({
  countries,
  children,
}: {
  countries: PhoneCountryName[];
  children: ReactNode;
}) {
  return <PhoneCountriesContext value={countries}>{children}</PhoneCountriesContext>;
}

export function usePhoneCountries(): PhoneCountryName[] {
  const countries = useContext(PhoneCountriesContext);
  if (!countries) throw new Error("usePhoneCountries must be used inside <PhoneCountries>");
  return countries;
}
