import { zoneCountryCode } from "./zone-countries";

// Browsers built on older ICU data still report a few zones by the names they had before they were
// renamed (Chromium says "Asia/Calcutta"). Both work everywhere; the current name is what clients
// recognise and what the business's own zone is called.
const renamedZones: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Godthab": "America/Nuuk",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

export function currentZoneName(timeZone: string): string {
  return renamedZones[timeZone] ?? timeZone;
}

/** One place people can mean when they pick a zone: a canonical IANA zone with what it is known by. */
export interface ZoneEntry {
  /** The canonical IANA id, such as "America/New_York". */
  timeZone: string;
  /** The place in the id, such as "New York". */
  city: string;
  /** The country in the UI language. */
  country: string;
  /** Its largest cities, most populated first (English names). */
  mainCities: string[];
}

/** The place in a zone's id, such as "New York" for "America/New_York". */
export function placeInZoneId(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the UI language ("India", "الهند"), from its ISO 3166 code. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/**
 * A zone by its id's place and its country, in the UI language, without the search's zone data:
 * what names the chosen zone in a closed field. Its largest cities come with the search.
 */
export function describeZoneId(timeZone: string, locale: string): ZoneEntry {
  const current = currentZoneName(timeZone);
  const code = zoneCountryCode(current);
  return {
    timeZone,
    city: placeInZoneId(current),
    country: code ? countryName(code, locale) : "",
    mainCities: [],
  };
}
