import { utcToZonedParts } from "@/lib/time/zoned";
import type { DayAvailability } from "@/lib/whautomate/types";
import { monthOfDate } from "./month";
import type { BookableDay, BookableSlot, MonthAvailability } from "./types";

export interface StaffDays {
  staffId: string;
  days: DayAvailability[];
}

/**
 * Unions every staff member's slots by instant, remembering who is free at each.
 * `staffDays` is in the order staff should be preferred when the client chose "any".
 */
export function unionSlotsByInstant(staffDays: StaffDays[]): BookableSlot[] {
  const byInstant = new Map<string, BookableSlot>();
  for (const { staffId, days } of staffDays) {
    for (const day of days) {
      for (const slot of day.slots) {
        const existing = byInstant.get(slot.startsAt);
        if (!existing) {
          byInstant.set(slot.startsAt, { startsAt: slot.startsAt, endsAt: slot.endsAt, staffIds: [staffId] });
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

export function groupSlotsByLocalDate(slots: BookableSlot[], timeZone: string): BookableDay[] {
  const byDate = new Map<string, BookableSlot[]>();
  for (const slot of slots) {
    const { date } = utcToZonedParts(slot.startsAt, timeZone);
    const list = byDate.get(date) ?? [];
    list.push(slot);
    byDate.set(date, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/** The month's free days as the client sees them: its slots grouped by the client's own dates. */
export function daysOfMonth({ month, slots }: MonthAvailability, timeZone: string): BookableDay[] {
  return groupSlotsByLocalDate(slots, timeZone).filter((day) => monthOfDate(day.date) === month);
}
