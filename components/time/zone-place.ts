import type { Translate } from "@/lib/i18n/translate";
import type { ZoneEntry } from "@/lib/time/time-zone-names";

/**
 * A zone as people know it: "Kolkata, India", or the city alone where no country is known. Pass
 * `t.plain` for an input's value, `t` for text that is only read.
 */
export function zonePlace(
  entry: Pick<ZoneEntry, "city" | "country">,
  translate: Translate | Translate["plain"],
): string {
  return entry.country
    ? translate("timeZone.place", { city: entry.city, country: entry.country })
    : entry.city;
}
