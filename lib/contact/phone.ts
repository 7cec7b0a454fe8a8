import { getCountries, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";

export interface NormalisedPhone {
  /** Calling code with a plus, as Whautomate wants it: "+44". */
  countryCode: string;
  /** National significant number, digits only: "7700900101". */
  phone: string;
  /** "+447700900101"; one key per person for codes and rate limits. */
  e164: string;
}

export function isCountryCode(value: string): value is CountryCode {
  return (getCountries() as string[]).includes(value);
}

/** A phone number typed in any common way ("07700 900101", "+44 7700-900101"), or null if not valid. */
export function normalisePhone(country: string, input: string): NormalisedPhone | null {
  // libphonenumber would find a number inside any text ("call 07700 900101 <b>"): take only phone characters.
  if (!isCountryCode(country) || input.length > 40 || /[^\d\s+\-().]/.test(input)) return null;
  const parsed = parsePhoneNumberFromString(input, country);
  // "Possible" (right length for the country) rather than "valid" (an allocated range): numbers in
  // ranges newer than the bundled metadata, and Ofcom's fictional 07700 900xxx used by the demo,
  // must still be accepted; the upstream has the final word.
  if (!parsed || !parsed.isPossible()) return null;
  return {
    countryCode: `+${parsed.countryCallingCode}`,
    phone: parsed.nationalNumber,
    e164: parsed.number,
  };
}

/** The country of a full number such as a location's "+44 20 7946 0123", or null. */
export function countryOfPhone(phone: string | null | undefined): CountryCode | null {
  return (phone && parsePhoneNumberFromString(phone)?.country) || null;
}

/**
 * Where a client's number most likely is: the chosen location's country, else the one country all of
 * the business's locations share, else the region of the page's language.
 */
export function defaultPhoneCountry(
  locationPhones: readonly (string | null)[],
  locale: string,
  chosenPhone?: string | null,
): CountryCode {
  const shared = new Set(locationPhones.map(countryOfPhone).filter(Boolean));
  const onlyCountry = shared.size === 1 ? [...shared][0]! : null;
  return countryOfPhone(chosenPhone) ?? onlyCountry ?? countryFromLocale(locale) ?? "GB";
}

/** The region of a locale like "en-GB" when it is a known country, for a sensible default. */
export function countryFromLocale(locale: string): CountryCode | null {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && isCountryCode(region) ? region : null;
  } catch {
    return null;
  }
}
