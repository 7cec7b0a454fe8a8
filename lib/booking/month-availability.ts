import { utcToZonedParts } from "@/lib/time/zoned";
import type { DayAvailability } from "@/lib/whautomate/types";
import { monthOfDate } from "./month";
import type { BookableDay, MonthAvailability } from "./types";

/** A free instant as the server books it: the staff members free then, in the service's order. */
export interface FreeSlot {
  startsAt: string;
  staffIds: string[];
}

export interface StaffDays {
  staffId: string;
  days: DayAvailability[];
}

/**
 * Unions every staff member's slots by instant, remembering who is free at each.
 * `staffDays` is in the order staff should be preferred when the client chose "any".
 */
export function unionSlotsByInstant(staffDays: StaffDays[]): FreeSlot[] {
  const byInstant = new Map<string, FreeSlot>();
  for (const { staffId, days } of staffDays) {
    for (const day of days) {
      for (const slot of day.slots) {
        const existing = byInstant.get(slot.startsAt);
        if (!existing) {
          byInstant.set(slot.startsAt, { startsAt: slot.startsAt, staffIds: [staffId] });
        } else if (!existing.staffIds.includes(staffId)) {
          existing.staffIds.push(staffId);
        }
      }
    }
  }
  return [...byInstant.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The location's zone, which only slot answers carry; null when no day came back. */
export function locationTimeZoneOf(staffDays: StaffDays[]): string | null {
  return staffDays.flatMap(({ days }) => days.map((day) => day.timeZone)).find(Boolean) ?? null;
}

export function groupStartsByLocalDate(starts: string[], timeZone: string): BookableDay[] {
  const byDate = new Map<string, string[]>();
  for (const startsAt of starts) {
    const { date } = utcToZonedParts(startsAt, timeZone);
    const list = byDate.get(date) ?? [];
    list.push(startsAt);
    byDate.set(date, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, dayStarts]) => ({ date, starts: dayStarts }));
}

/** The month's free days as the client sees them: its free times grouped by the client's own dates. */
export function daysOfMonth({ month, starts }: MonthAvailability, timeZone: string): BookableDay[] {
  return groupStartsByLocalDate(starts, timeZone).filter((day) => monthOfDate(day.date) === month);
}
