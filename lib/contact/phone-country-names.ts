import "server-only";
import { getCountries, type CountryCode } from "libphonenumber-js/min";

/** A phone country's code and its name in the visitor's language. */
export type PhoneCountryName = [code: CountryCode, name: string];

const byLocale = new Map<string, PhoneCountryName[]>();

/**
 * Every country libphonenumber knows, named in the visitor's language and sorted by name. Built on
 * the server only and handed to the browser: Node's ICU and the browser's name and sort some
 * countries differently ("Hong Kong SAR China" / "Hong Kong"), and the browser's first render must
 * match the server's HTML.
 */
export function phoneCountryNames(locale: string): PhoneCountryName[] {
  let countries = byLocale.get(locale);
  if (!countries) {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const collator = new Intl.Collator(locale);
    countries = getCountries()
      .map((code): PhoneCountryName => [code, names.of(code) ?? code])
      .sort(([, a], [, b]) => collator.compare(a, b));
    byLocale.set(locale, countries);
  }
  return countries;
}
