import "server-only";
import { cachedGetSlots } from "@/lib/upstream-cache/cached-reads";
import { getSlots, UpstreamContractError, type SlotQuery } from "@/lib/whautomate";
import type { DayAvailability } from "@/lib/whautomate/types";
import { mapWithConcurrency } from "./concurrency";
import type { StaffDays } from "./month-availability";

// A month of one staff member (up to 35 dates, three per call) in one round; still bounded, as
// every visitor shares the account's per-minute budget upstream.
const MAX_IN_FLIGHT = 12;
const DAYS_PER_CALL = 3;

export interface SlotScope {
  locationId: string;
  serviceId: string;
  /** Add-ons the slots must also hold, in the service's order. */
  addOnIds: string[];
  /** The service's length with its add-ons; unknown for a read started before the catalogue came in. */
  durationMinutes?: number;
  /** In preference order: the first free one is booked when the client chose "any". */
  staffIds: string[];
}

export interface StaffDaysRead {
  staffDays: StaffDays[];
  /** Some answers are the last good ones, served while the upstream is busy or down. */
  stale: boolean;
}

interface SlotAnswer {
  value: DayAvailability[];
  stale: boolean;
}

async function readSlots(
  query: SlotQuery,
  durationMinutes: number | undefined,
  fresh: boolean,
): Promise<SlotAnswer> {
  if (fresh) return { value: await getSlots({ ...query, durationMinutes }), stale: false };
  try {
    // Asked without the service's length, so a read started before the catalogue shares the entry.
    return await cachedGetSlots(query);
  } catch (error) {
    // Only slots that arrive without an end need the length.
    if (!(error instanceof UpstreamContractError) || durationMinutes === undefined) throw error;
    return cachedGetSlots({ ...query, durationMinutes });
  }
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/**
 * Each staff member's slots on the given location dates (consecutive "YYYY-MM-DD"), through the
 * shared cache, or straight from the upstream when `fresh` (what a booking is checked against).
 * Asks for three days per call and then singly for any date the upstream left out, so it works
 * whether or not the upstream honours `nextThreeDays`.
 */
export async function readStaffDays(
  scope: SlotScope,
  dates: string[],
  { fresh = false }: { fresh?: boolean } = {},
): Promise<StaffDaysRead> {
  const { locationId, serviceId, addOnIds, durationMinutes } = scope;
  const wanted = new Set(dates);
  const found = new Map<string, Map<string, DayAvailability>>(
    scope.staffIds.map((staffId) => [staffId, new Map()]),
  );
  let stale = false;
  const record = (staffId: string, answer: SlotAnswer) => {
    stale ||= answer.stale;
    for (const day of answer.value) if (wanted.has(day.date)) found.get(staffId)?.set(day.date, day);
  };

  const ranged = scope.staffIds.flatMap((staffId) =>
    chunk(dates, DAYS_PER_CALL).map((days) => ({ staffId, date: days[0]!, nextThreeDays: days.length > 1 })),
  );
  await mapWithConcurrency(ranged, MAX_IN_FLIGHT, async ({ staffId, date, nextThreeDays }) =>
    record(
      staffId,
      await readSlots(
        { locationId, serviceId, addOnIds, staffId, date, nextThreeDays },
        durationMinutes,
        fresh,
      ),
    ),
  );

  const missing = scope.staffIds.flatMap((staffId) =>
    dates.filter((date) => !found.get(staffId)?.has(date)).map((date) => ({ staffId, date })),
  );
  await mapWithConcurrency(missing, MAX_IN_FLIGHT, async ({ staffId, date }) =>
    record(
      staffId,
      await readSlots({ locationId, serviceId, addOnIds, staffId, date }, durationMinutes, fresh),
    ),
  );

  const staffDays = scope.staffIds.map((staffId) => ({
    staffId,
    days: [...(found.get(staffId)?.values() ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
  }));
  return { staffDays, stale };
}
