import "server-only";
import { monthOfDate } from "./month";
import { loadMonthAvailability } from "./month-loader";
import { alternativesUnlessFree } from "./nearest-alternatives";
import { slotScopeOf } from "./slot-scope";
import type { Service, ServiceSummary } from "@/lib/whautomate/types";
import { utcToZonedParts } from "@/lib/time/zoned";

export interface RequestedTime {
  /** The location's IANA zone; only slot answers carry it. */
  locationTimeZone: string | null;
  /** Set when the time is not free: the nearest free times to offer instead. */
  unavailable: { alternatives: string[] } | null;
}

/**
 * The chosen time checked against its month's free times, through the cached read the calendar
 * made for the same month (the client's zone), so arriving from the calendar asks the upstream
 * nothing more. Null when the upstream cannot say right now: the booking checks again anyway.
 */
export async function readRequestedTime(
  service: Service,
  addOns: ServiceSummary[],
  staffId: string,
  time: string,
  timeZone: string,
): Promise<RequestedTime | null> {
  const scope = slotScopeOf(
    service,
    staffId,
    addOns.map((addOn) => addOn.id),
  );
  if (!scope) return null;
  try {
    const month = await loadMonthAvailability(scope, monthOfDate(utcToZonedParts(time, timeZone).date));
    return {
      locationTimeZone: month.locationTimeZone,
      unavailable: alternativesUnlessFree(month.starts, time),
    };
  } catch {
    return null;
  }
}
