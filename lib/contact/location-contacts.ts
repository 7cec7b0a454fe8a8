import "server-only";
import { cachedListLocations } from "@/lib/upstream-cache/cached-reads";
import { businessPhone, type BusinessPhone } from "./business-phone";
import { mapSearchHref } from "./map-link";

/** How a client reaches a location: its number to call or message, and its address on a map. */
export interface LocationContact {
  phone: BusinessPhone | null;
  mapHref: string | null;
}

/**
 * Each location's contact, by location id, from the cached locations. Empty while they cannot be
 * read: a number or a map is a help beside a message, never worth failing a page for.
 */
export async function readLocationContacts(): Promise<Record<string, LocationContact>> {
  try {
    const { value: locations } = await cachedListLocations();
    return Object.fromEntries(
      locations.map((location) => [
        location.id,
        { phone: businessPhone(location.phone), mapHref: mapSearchHref(location.address) },
      ]),
    );
  } catch {
    return {};
  }
}
