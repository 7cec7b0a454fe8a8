import "server-only";
import { cachedListServices } from "@/lib/upstream-cache/cached-reads";
import type { Service } from "@/lib/whautomate/types";
import { isBookableOnline } from "./booking-selection";
import type { SlotScope } from "./slot-reader";
import { ANY_STAFF } from "./types";

/**
 * Who can take a booking of `service`: the named staff member, or everyone performing it for "any".
 * Null when the staff member does not perform it.
 */
export function slotScopeOf(service: Service, staffId: string): SlotScope | null {
  const staffIds =
    staffId === ANY_STAFF ? service.staffIds : service.staffIds.filter((candidate) => candidate === staffId);
  if (staffIds.length === 0) return null;
  return {
    locationId: service.locationId,
    serviceId: service.id,
    durationMinutes: service.durationMinutes,
    staffIds,
  };
}

/**
 * The scope of a selection from the browser, checked against the (cached) services. Null when the
 * service is not bookable online at that location or the staff member does not perform it.
 */
export async function resolveSlotScope(selection: {
  locationId: string;
  serviceId: string;
  staffId: string;
}): Promise<{ scope: SlotScope; service: Service; stale: boolean } | null> {
  // All services, as the booking pages read them, so those reads and this one share a cache entry.
  const services = await cachedListServices();
  const service = services.value.find(
    (candidate) =>
      candidate.id === selection.serviceId &&
      candidate.locationId === selection.locationId &&
      isBookableOnline(candidate),
  );
  const scope = service ? slotScopeOf(service, selection.staffId) : null;
  return service && scope ? { scope, service, stale: services.stale } : null;
}
