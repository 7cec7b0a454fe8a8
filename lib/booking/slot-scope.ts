import "server-only";
import { cachedListServices } from "@/lib/upstream-cache/cached-reads";
import type { Service } from "@/lib/whautomate/types";
import { chosenAddOns, totalOf } from "./add-ons";
import { isBookableOnline } from "./booking-selection";
import type { SlotScope } from "./slot-reader";
import { ANY_STAFF } from "./types";

/**
 * Who can take a booking of `service` with these add-ons, for how long: the named staff member, or
 * everyone performing it for "any". Null when the staff member does not perform it or the service
 * does not offer one of the add-ons.
 */
export function slotScopeOf(
  service: Service,
  staffId: string,
  addOnIds: readonly string[],
): SlotScope | null {
  const staffIds =
    staffId === ANY_STAFF ? service.staffIds : service.staffIds.filter((candidate) => candidate === staffId);
  const addOns = chosenAddOns(service, addOnIds);
  if (staffIds.length === 0 || !addOns) return null;
  return {
    locationId: service.locationId,
    serviceId: service.id,
    addOnIds: addOns.map((addOn) => addOn.id),
    durationMinutes: totalOf(service, addOns).durationMinutes,
    staffIds,
  };
}

/**
 * The scope of a selection from the browser, checked against the (cached) services: never the
 * browser's word for which add-ons a service has. Null when the service is not bookable online at
 * that location, the staff member does not perform it or it does not offer one of the add-ons.
 */
export async function resolveSlotScope(selection: {
  locationId: string;
  serviceId: string;
  staffId: string;
  addOnIds: readonly string[];
}): Promise<{ scope: SlotScope; service: Service; stale: boolean } | null> {
  // All services, as the booking pages read them, so those reads and this one share a cache entry.
  const services = await cachedListServices();
  const service = services.value.find(
    (candidate) =>
      candidate.id === selection.serviceId &&
      candidate.locationId === selection.locationId &&
      isBookableOnline(candidate),
  );
  const scope = service ? slotScopeOf(service, selection.staffId, selection.addOnIds) : null;
  return service && scope ? { scope, service, stale: services.stale } : null;
}
