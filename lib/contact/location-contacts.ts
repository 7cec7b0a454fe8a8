import "server-only";
import { cachedListLocations } from "@/lib/upstream-cache/cached-reads";
import { businessPhone, type BusinessPhone } from "./business-phone";

/**
 * Each location's number to call or message, by location id, from the cached locations. Empty
 * while they cannot be read: the number is a help beside a message, never worth failing a page for.
 */
export async function readLocationContacts(): Promise<Record<string, BusinessPhone>> {
  try {
    const { value: locations } = await cachedListLocations();
    return Object.fromEntries(
      locations.flatMap((location) => {
        const phone = businessPhone(location.phone);
        return phone ? [[location.id, phone]] : [];
      }),
    );
  } catch {
    return {};
  }
}
