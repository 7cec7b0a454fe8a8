import "server-only";
import { listServices, UpstreamNotFoundError } from "@/lib/whautomate";
import type { Service } from "@/lib/whautomate/types";
import { isBookableOnline } from "./booking-selection";
import type { SlotScope } from "./slot-reader";
import { ANY_STAFF } from "./types";

/**
 * Who can take the booking: the named staff member, or everyone performing the service for "any".
 * Null when the service is not bookable online at that location or the staff member does not perform it.
 */
export async function resolveSlotScope(selection: {
  locationId: string;
  serviceId: string;
  staffId: string;
}): Promise<{ scope: SlotScope; service: Service } | null> {
  const services = await listServices({ locationId: selection.locationId }).catch((error: unknown) => {
    if (error instanceof UpstreamNotFoundError) return [];
    throw error;
  });
  const service = services.find(
    (candidate) =>
      candidate.id === selection.serviceId &&
      candidate.locationId === selection.locationId &&
      isBookableOnline(candidate),
  );
  if (!service) return null;
  const staffIds =
    selection.staffId === ANY_STAFF
      ? service.staffIds
      : service.staffIds.filter((staffId) => staffId === selection.staffId);
  if (staffIds.length === 0) return null;
  const scope = {
    locationId: service.locationId,
    serviceId: service.id,
    durationMinutes: service.durationMinutes,
    staffIds,
  };
  return { scope, service };
}
