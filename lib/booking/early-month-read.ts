import "server-only";
import { UpstreamContractError } from "@/lib/whautomate/errors";
import { parseAddOnIds } from "./add-ons";
import type { BookingParams } from "./booking-params";
import { bookableMonths, monthToShow } from "./month";
import { loadMonthAvailability } from "./month-loader";
import type { SlotScope } from "./slot-reader";
import { ANY_STAFF, type MonthAvailability } from "./types";

export interface MonthRead {
  scope: SlotScope;
  month: string;
  read: Promise<MonthAvailability>;
}

/**
 * Starts reading the calendar's month before the catalogue is in, when the link names the
 * location, service and staff member: on a cold cache both then take one round trip instead of
 * two. `readMonth` uses it only once the catalogue has confirmed the same choice.
 */
export function readMonthEarly(params: BookingParams, today: string): MonthRead | null {
  const { location, service, staff } = params;
  // No add-ons named reads as none, which every service without add-ons confirms.
  const addOnIds = params.addOns === undefined ? [] : parseAddOnIds(params.addOns);
  if (
    params.reschedule ||
    params.time ||
    !location ||
    !service ||
    !staff ||
    staff === ANY_STAFF ||
    !addOnIds
  ) {
    return null;
  }
  const scope = { locationId: location, serviceId: service, addOnIds, staffIds: [staff] };
  const month = monthToShow(params, bookableMonths(today, null));
  const read = loadMonthAvailability(scope, month);
  // Dropped unawaited when the catalogue does not confirm the link.
  read.catch(() => undefined);
  return { scope, month, read };
}

function sameRead(early: MonthRead, scope: SlotScope, month: string): boolean {
  return (
    early.month === month &&
    early.scope.locationId === scope.locationId &&
    early.scope.serviceId === scope.serviceId &&
    early.scope.staffIds.join() === scope.staffIds.join() &&
    early.scope.addOnIds.join() === scope.addOnIds.join()
  );
}

/** The month's free slots for a scope checked against the catalogue: the early read if it matches. */
export function readMonth(
  scope: SlotScope,
  month: string,
  early: MonthRead | null,
): Promise<MonthAvailability> {
  if (!early || !sameRead(early, scope, month)) return loadMonthAvailability(scope, month);
  return early.read.catch((error: unknown) => {
    // It was asked without the service's length, which only slots arriving without an end need.
    if (error instanceof UpstreamContractError) return loadMonthAvailability(scope, month);
    throw error;
  });
}
