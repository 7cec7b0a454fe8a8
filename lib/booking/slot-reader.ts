import "server-only";
import { getSlots } from "@/lib/whautomate";
import type { DayAvailability } from "@/lib/whautomate/types";
import { mapWithConcurrency } from "./concurrency";
import type { StaffDays } from "./month-availability";

// Every visitor shares the account's per-minute budget upstream: keep the fan-out bounded.
const MAX_IN_FLIGHT = 6;
const DAYS_PER_CALL = 3;

export interface SlotScope {
  locationId: string;
  serviceId: string;
  durationMinutes: number;
  /** In preference order: the first free one is booked when the client chose "any". */
  staffIds: string[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/**
 * Each staff member's slots on the given location dates (consecutive "YYYY-MM-DD"). Asks for three
 * days per call and then singly for any date the upstream left out, so it works whether or not the
 * upstream honours `nextThreeDays`.
 */
export async function readStaffDays(scope: SlotScope, dates: string[]): Promise<StaffDays[]> {
  const { locationId, serviceId, durationMinutes } = scope;
  const wanted = new Set(dates);
  const found = new Map<string, Map<string, DayAvailability>>(
    scope.staffIds.map((staffId) => [staffId, new Map()]),
  );
  const record = (staffId: string, days: DayAvailability[]) => {
    for (const day of days) if (wanted.has(day.date)) found.get(staffId)?.set(day.date, day);
  };

  const ranged = scope.staffIds.flatMap((staffId) =>
    chunk(dates, DAYS_PER_CALL).map((days) => ({ staffId, date: days[0]!, nextThreeDays: days.length > 1 })),
  );
  await mapWithConcurrency(ranged, MAX_IN_FLIGHT, async ({ staffId, date, nextThreeDays }) =>
    record(staffId, await getSlots({ locationId, serviceId, staffId, date, nextThreeDays, durationMinutes })),
  );

  const missing = scope.staffIds.flatMap((staffId) =>
    dates.filter((date) => !found.get(staffId)?.has(date)).map((date) => ({ staffId, date })),
  );
  await mapWithConcurrency(missing, MAX_IN_FLIGHT, async ({ staffId, date }) =>
    record(staffId, await getSlots({ locationId, serviceId, staffId, date, durationMinutes })),
  );

  return scope.staffIds.map((staffId) => ({
    staffId,
    days: [...(found.get(staffId)?.values() ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  }));
}
