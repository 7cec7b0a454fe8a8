import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import { fullNameSchema } from "@/lib/contact/contact-schema";
import { isCountryCode, normalisePhone } from "@/lib/contact/phone";

export interface ContactPrefill {
  fullName?: string;
  country?: string;
  phone?: string;
}

/** The country and national form of a number, accepted by the same rule as the form's. */
function phonePrefill(text: string, defaultCountry?: CountryCode): { country: string; phone: string } | null {
  // A "+" in a link's query string arrives as a space: "?phone=+447700900101" reads " 447700900101".
  const candidates = /^\d+$/.test(text) ? [text, `+${text}`] : [text];
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, defaultCountry);
    if (!parsed) continue;
    const countries = [parsed.country, ...parsed.getPossibleCountries(), defaultCountry];
    const country = countries.find((code) => code && normalisePhone(code, candidate));
    if (country) return { country, phone: parsed.formatNational() };
  }
  return null;
}

/**
 * Name and phone from a link (`?name=&phone=`) or a returning client's record. Whatever does not
 * validate is left out, so the form starts empty there instead of failing.
 */
export function contactPrefill(input: {
  name?: string;
  phone?: string;
  defaultCountry?: string;
}): ContactPrefill {
  const prefill: ContactPrefill = {};
  const name = fullNameSchema.safeParse(input.name ?? "");
  if (name.success) prefill.fullName = name.data;
  const defaultCountry =
    input.defaultCountry && isCountryCode(input.defaultCountry) ? input.defaultCountry : undefined;
  const phone = phonePrefill((input.phone ?? "").trim().slice(0, 40), defaultCountry);
  if (phone) Object.assign(prefill, phone);
  else if (defaultCountry) prefill.country = defaultCountry;
  return prefill;
}
