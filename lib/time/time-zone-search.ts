import { rawTimeZones } from "@vvo/tzdb";
import {
  countryName,
  currentZoneName,
  describeZoneId,
  placeInZoneId,
  type ZoneEntry,
} from "./time-zone-names";

interface IndexedZone {
  entry: ZoneEntry;
  /** Exact names: the place in the id, cities, countries, abbreviations, the whole id. */
  names: string[];
  /** Words a name may start with: the generic name ("Eastern Time") and every id in the group. */
  words: string[];
  /** How many ids share this zone's clock. */
  weight: number;
}

// Several zones share these abbreviations: the one most people mean comes first, the others follow.
// Other equally good matches put first the zone whose clock more ids share (New York before Nassau).
const usualZoneForAbbreviation: Record<string, string> = {
  ist: "Asia/Kolkata",
  bst: "Europe/London",
  est: "America/New_York",
  edt: "America/New_York",
  et: "America/New_York",
  cst: "America/Chicago",
  cdt: "America/Chicago",
  ct: "America/Chicago",
  mst: "America/Denver",
  mdt: "America/Denver",
  mt: "America/Denver",
  pst: "America/Los_Angeles",
  pdt: "America/Los_Angeles",
  pt: "America/Los_Angeles",
};

/** Lower case, no accents, and "_", "/" or "-" read as spaces: "São_Paulo" and "sao paulo" agree. */
export function normaliseSearch(text: string): string {
  return (
    text
      .normalize("NFD")
      // Accents, and invisible format characters (bidi isolates and marks) pasted with a name.
      .replace(/[\p{M}\p{Cf}]/gu, "")
      .toLowerCase()
      .replace(/[_/\-,،.()]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function initials(genericName: string): string | null {
  const words = genericName.split(" ");
  return words.length > 1 ? words.map((word) => word[0]).join("") : null;
}

const indexes = new Map<string, IndexedZone[]>();

function indexFor(locale: string): IndexedZone[] {
  let index = indexes.get(locale);
  if (index) return index;
  index = rawTimeZones.map((zone) => {
    const country = countryName(zone.countryCode, locale);
    const city = placeInZoneId(zone.name);
    const abbreviations = [zone.abbreviation, zone.dstAbbreviation, initials(zone.alternativeName)];
    return {
      entry: { timeZone: zone.name, city, country, mainCities: zone.mainCities },
      names: [city, country, zone.countryName, zone.name, ...zone.mainCities, ...abbreviations]
        .filter((name): name is string => Boolean(name))
        .map(normaliseSearch),
      words: [zone.alternativeName, ...zone.group].map(normaliseSearch),
      weight: zone.group.length,
    };
  });
  indexes.set(locale, index);
  return index;
}

/**
 * How well a zone answers a query, lower is better: a whole name (city, country, abbreviation, id),
 * then the start of one, then the start of a word inside one, then anywhere; null when it does not.
 */
function rank(zone: IndexedZone, query: string): number | null {
  if (zone.names.includes(query)) return 0;
  const all = [...zone.names, ...zone.words];
  if (all.some((name) => name.startsWith(query))) return 1;
  if (all.some((name) => name.includes(` ${query}`))) return 2;
  if (all.some((name) => name.includes(query))) return 3;
  return null;
}

/** Zones matching what a person typed (a city, country, zone id or abbreviation), best first. */
export function searchTimeZones(text: string, locale: string, limit = 20): ZoneEntry[] {
  const query = normaliseSearch(text);
  if (!query) return [];
  const usual = usualZoneForAbbreviation[query];
  return indexFor(locale)
    .map((zone, order) => ({ zone, order, rank: rank(zone, query) }))
    .filter((match): match is typeof match & { rank: number } => match.rank !== null)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        Number(b.zone.entry.timeZone === usual) - Number(a.zone.entry.timeZone === usual) ||
        b.zone.weight - a.zone.weight ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((match) => match.zone.entry);
}

/**
 * The entry for any zone id, its own id kept: a zone that shares its clock with a larger one
 * (America/Detroit with New York) still shows as itself, with its country and no cities of its own.
 */
export function describeTimeZone(timeZone: string, locale: string): ZoneEntry {
  const current = currentZoneName(timeZone);
  const match = indexFor(locale).find((zone) => zone.entry.timeZone === current);
  return { ...describeZoneId(timeZone, locale), mainCities: match?.entry.mainCities ?? [] };
}
