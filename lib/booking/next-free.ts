import "server-only";
import { cachedListServices } from "@/lib/upstream-cache/cached-reads";
import { addDaysToDate, todayInZone } from "@/lib/time/zoned";
import { chosenAddOns } from "./add-ons";
import { isBookableOnline } from "./booking-selection";
import { mapWithConcurrency } from "./concurrency";
import { dateRange } from "./month";
import { earliestLocationDate } from "./month-loader";
import type { StaffDays } from "./month-availability";
import { readStaffDays, type SlotScope } from "./slot-reader";
import { slotScopeOf } from "./slot-scope";
import { ANY_STAFF, NEXT_FREE_HORIZON_WEEKS, type NextFreeTimes } from "./types";

const DAYS_PER_READ = 3;
// Each service reads its staff at up to 12 at once (the slot reader's bound): 4 services keep a
// catalogue's first round under 50 calls in flight.
const SERVICES_IN_FLIGHT = 4;

/** The first start at or after `now` of each staff member's days; null for those with none. */
export function earliestStartByStaff(staffDays: StaffDays[], now: Date): Map<string, string | null> {
  const from = now.toISOString();
  return new Map(
    staffDays.map(({ staffId, days }) => {
      const starts = days.flatMap((day) => day.slots.map((slot) => slot.startsAt)).filter((at) => at >= from);
      return [staffId, starts.sort()[0] ?? null];
    }),
  );
}

/** The earliest of several starts; null when none. */
export function earliestOf(starts: Array<string | null>): string | null {
  return starts.filter((start): start is string => start !== null).sort()[0] ?? null;
}

/**
 * Each staff member's first free time within the horizon. Location dates are read three at a time,
 * in the calls the calendar's month makes (from `earliestLocationDate`), and only for those not yet
 * found: shared with every visitor and with the day step that follows through the cache.
 */
export async function findEarliestStarts(
  scope: SlotScope,
  now: Date = new Date(),
  read: typeof readStaffDays = readStaffDays,
): Promise<{ byStaff: Map<string, string | null>; stale: boolean }> {
  const dates = dateRange(
    earliestLocationDate(now),
    addDaysToDate(todayInZone("UTC", now), NEXT_FREE_HORIZON_WEEKS * 7),
  );
  const byStaff = new Map<string, string | null>(scope.staffIds.map((staffId) => [staffId, null]));
  let pending = scope.staffIds;
  let stale = false;
  for (let index = 0; index < dates.length && pending.length > 0; index += DAYS_PER_READ) {
    const answer = await read({ ...scope, staffIds: pending }, dates.slice(index, index + DAYS_PER_READ));
    stale ||= answer.stale;
    for (const [staffId, start] of earliestStartByStaff(answer.staffDays, now)) {
      if (start) byStaff.set(staffId, start);
    }
    pending = pending.filter((staffId) => !byStaff.get(staffId));
  }
  return { byStaff, stale };
}

/**
 * The next free times the catalogue's cards show: every bookable service at the location (whoever
 * is free), or, with `serviceId`, each of its staff and "any". Null when the service is not
 * bookable online there.
 */
export async function loadNextFreeTimes(
  { locationId, serviceId, addOnIds }: { locationId: string; serviceId?: string; addOnIds: string[] },
  now: Date = new Date(),
): Promise<NextFreeTimes | null> {
  // All services, as the booking pages read them, so those reads and this one share a cache entry.
  const services = await cachedListServices();
  const bookable = services.value.filter(
    (service) => service.locationId === locationId && isBookableOnline(service),
  );
  if (serviceId === undefined) {
    const answers = await mapWithConcurrency(bookable, SERVICES_IN_FLIGHT, async (service) => {
      const scope = slotScopeOf(service, ANY_STAFF, []);
      const found = scope ? await findEarliestStarts(scope, now) : null;
      return { serviceId: service.id, start: earliestOf([...(found?.byStaff.values() ?? [])]), found };
    });
    return {
      times: Object.fromEntries(answers.map(({ serviceId: id, start }) => [id, start])),
      stale: services.stale || answers.some(({ found }) => found?.stale),
    };
  }
  const service = bookable.find((candidate) => candidate.id === serviceId);
  if (!service) return null;
  // An add-on the service does not offer makes the scope null: refused, as the month read does.
  if (!chosenAddOns(service, addOnIds)) return null;
  const scope = slotScopeOf(service, ANY_STAFF, addOnIds);
  if (!scope) return { times: { [ANY_STAFF]: null }, stale: services.stale };
  const { byStaff, stale } = await findEarliestStarts(scope, now);
  return {
    times: { ...Object.fromEntries(byStaff), [ANY_STAFF]: earliestOf([...byStaff.values()]) },
    stale: services.stale || stale,
  };
}
