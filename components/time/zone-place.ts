import type { Translate } from "@/lib/i18n/translate";
import type { ZoneEntry } from "@/lib/time/time-zone-names";

/** A zone as people know it: "Kolkata, India", or the city alone where no country is known. */
export function zonePlace(entry: Pick<ZoneEntry, "city" | "country">, t: Translate): string {
  return entry.country ? t("timeZone.place", { city: entry.city, country: entry.country }) : entry.city;
}
