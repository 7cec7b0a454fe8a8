import "server-only";
import { addDaysToDate, todayInZone } from "@/lib/time/zoned";
import { assembleMonthAvailability } from "./month-availability";
import { addMonths, dateRange, datesOfMonth } from "./month";
import { readStaffDays, type SlotScope } from "./slot-reader";
import type { MonthAvailability } from "./types";

// A client's date can be up to ~26 hours from the location's (UTC−12 vs UTC+14), so the location
// dates that can hold a slot on a client's date lie within two days either side of it.
const ZONE_MARGIN_DAYS = 2;

/**
 * The month's free slots, grouped by the client's dates. Only the past (by this server's clock) is
 * skipped here: the booking window and "not before now" are the upstream's call, whose clock may differ.
 */
export async function loadMonthAvailability(
  scope: SlotScope,
  month: string,
  timeZone: string,
  now: Date = new Date(),
): Promise<MonthAvailability> {
  const clientDates = datesOfMonth(month);
  const first = addDaysToDate(clientDates[0]!, -ZONE_MARGIN_DAYS);
  const last = addDaysToDate(clientDates.at(-1)!, ZONE_MARGIN_DAYS);
  const earliest = addDaysToDate(todayInZone(timeZone, now), -ZONE_MARGIN_DAYS);
  const from = first < earliest ? earliest : first;
  if (from > last) return { month, timeZone, locationTimeZone: null, days: [] };
  const staffDays = await readStaffDays(scope, dateRange(from, last));
  return assembleMonthAvailability({ month, timeZone, staffDays });
}

/** The first free date (client's zone) in the months after `month`, looking no further than `maxMonths`. */
export async function findNextAvailableDate(
  scope: SlotScope,
  month: string,
  timeZone: string,
  maxMonths: number,
): Promise<string | null> {
  for (let offset = 1; offset <= maxMonths; offset++) {
    const availability = await loadMonthAvailability(scope, addMonths(month, offset), timeZone);
    const firstDay = availability.days[0];
    if (firstDay) return firstDay.date;
  }
  return null;
}
