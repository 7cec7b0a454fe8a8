// Which cached reads a change can touch. A read carries a tag for every date it covers; a change
// bumps the tags of the dates it affects, so it reaches exactly the reads that could show it.
import type { SlotQuery } from "@/lib/whautomate/appointments";
import type { ClassQuery } from "@/lib/whautomate/classes";
import { addDaysToDate } from "@/lib/time/zoned";

// A timetable read over a longer range is tagged as "any date" instead of one tag per day.
const MAX_TAGGED_CLASS_DAYS = 62;

export interface AppointmentChange {
  locationId: string;
  staffId?: string | null;
  /** The appointment's local date ("YYYY-MM-DD"). */
  localDate: string;
}

export interface ClassChange {
  classId: string;
  /** The class's local date ("YYYY-MM-DD"). */
  localDate: string;
}

function datesFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, offset) => addDaysToDate(first, offset));
}

/** Every date from `from` to `to` inclusive, or null when the range is open or too long to tag. */
function dateSpan(from: string | undefined, to: string | undefined): string[] | null {
  if (!from || !to || from > to) return null;
  const dates = [from];
  while (dates.at(-1)! < to) {
    if (dates.length >= MAX_TAGGED_CLASS_DAYS) return null;
    dates.push(addDaysToDate(dates.at(-1)!, 1));
  }
  return dates;
}

export function slotReadTags(query: SlotQuery): string[] {
  const days = query.nextThreeDays ? 3 : 1;
  // Dates read in another zone than the location's can sit a day further from the location's
  // date than the ±1 day an appointment change bumps (UTC−12 against UTC+14).
  const margin = query.timeZone ? 1 : 0;
  const dates = datesFrom(addDaysToDate(query.date, -margin), days + 2 * margin);
  return dates.flatMap((date) => [
    `slots:${query.locationId}:${date}`,
    // A staff member can work at two locations: a booking at one changes their slots at the other.
    query.staffId ? `slots-staff:${query.staffId}:${date}` : `slots-any-staff:${date}`,
  ]);
}

export function classListReadTags(query: ClassQuery): string[] {
  const dates = dateSpan(query.startDate, query.endDate);
  return dates ? dates.map((date) => `classes:${date}`) : ["classes:any-date"];
}

export function classReadTags(classId: string): string[] {
  return [`class:${classId}`];
}

/**
 * The appointment's date and the days either side: its `date` is read in the appointment's own
 * zone, which need not be the location's, and readers elsewhere see it on a neighbouring date.
 */
export function appointmentChangeTags({ locationId, staffId, localDate }: AppointmentChange): string[] {
  return datesFrom(addDaysToDate(localDate, -1), 3).flatMap((date) => [
    `slots-any-staff:${date}`,
    // The staff member's reads at every location; without one, every read at this location.
    staffId ? `slots-staff:${staffId}:${date}` : `slots:${locationId}:${date}`,
  ]);
}

export function classChangeTags({ classId, localDate }: ClassChange): string[] {
  return [`classes:${localDate}`, "classes:any-date", `class:${classId}`];
}
