import "server-only";
import { addDaysToDate, todayInZone } from "@/lib/time/zoned";
import { daysOfMonth, locationTimeZoneOf, unionSlotsByInstant } from "./month-availability";
import { addMonths, dateRange, datesOfMonth } from "./month";
import { readStaffDays, type SlotScope } from "./slot-reader";
import type { MonthAvailability } from "./types";

// A client's date can be up to ~26 hours from the location's (UTC−12 vs UTC+14), so the location
// dates that can hold a slot on a client's date lie within two days either side of it.
const ZONE_MARGIN_DAYS = 2;
const NEXT_AVAILABLE_MAX_MONTHS = 12;

/**
 * The first location date a client anywhere can still book: their today is at most a day behind
 * UTC's, and its location dates lie within the zone margin before it. Reads of the days ahead start
 * here, so that they fall in the same three-day calls, and the same cache entries, as the month's.
 */
export function earliestLocationDate(now: Date): string {
  return addDaysToDate(todayInZone("UTC", now), -1 - ZONE_MARGIN_DAYS);
}

/**
 * The month's free slots, for a client in any zone: the location dates that can fall on the month's
 * dates anywhere. Only the past (by this server's clock; a client's today is at most a day behind
 * UTC's) is skipped here: the booking window and the notice before a start are the upstream's call,
 * whose clock may differ. Times already started are dropped too: a cached answer, or the last good
 * one kept while the upstream is down, can hold times that have passed since it was read.
 */
export async function loadMonthAvailability(
  scope: SlotScope,
  month: string,
  now: Date = new Date(),
): Promise<MonthAvailability> {
  const clientDates = datesOfMonth(month);
  const first = addDaysToDate(clientDates[0]!, -ZONE_MARGIN_DAYS);
  const last = addDaysToDate(clientDates.at(-1)!, ZONE_MARGIN_DAYS);
  const earliest = earliestLocationDate(now);
  const from = first < earliest ? earliest : first;
  if (from > last) return { month, starts: [], locationTimeZone: null, stale: false };
  const { staffDays, stale } = await readStaffDays(scope, dateRange(from, last));
  return {
    month,
    starts: unionSlotsByInstant(staffDays)
      .map((slot) => slot.startsAt)
      .filter((startsAt) => Date.parse(startsAt) > now.getTime()),
    locationTimeZone: locationTimeZoneOf(staffDays),
    stale,
  };
}

/**
 * The first free date (client's zone) in the months after `month`, within the service's booking
 * window (three months without one, a year at most).
 */
export async function findNextAvailableDate(
  scope: SlotScope,
  month: string,
  timeZone: string,
  bookingWindowDays: number | null,
): Promise<string | null> {
  const maxMonths = bookingWindowDays
    ? Math.min(Math.ceil(bookingWindowDays / 28) + 1, NEXT_AVAILABLE_MAX_MONTHS)
    : 3;
  for (let offset = 1; offset <= maxMonths; offset++) {
    const availability = await loadMonthAvailability(scope, addMonths(month, offset));
    const firstDay = daysOfMonth(availability, timeZone)[0];
    if (firstDay) return firstDay.date;
  }
  return null;
}
