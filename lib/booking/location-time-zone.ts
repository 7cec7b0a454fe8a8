import "server-only";
import { cachedGetSlots } from "@/lib/upstream-cache/cached-reads";

/**
 * The location's IANA zone, which only slot and appointment answers carry. Null when the upstream
 * cannot say right now: the zone is a label, never worth failing a page for.
 */
export async function readLocationTimeZone(query: {
  locationId: string;
  serviceId: string;
  staffId?: string;
  date: string;
}): Promise<string | null> {
  try {
    const [day] = (await cachedGetSlots(query)).value;
    return day?.timeZone ?? null;
  } catch {
    return null;
  }
}
