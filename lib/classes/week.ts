import { addDaysToDate, isCalendarDate, todayInZone } from "@/lib/time/zoned";

// A timetable week runs Monday to Sunday in the client's zone and is named by its Monday.

/** 0 = Monday … 6 = Sunday, for a "YYYY-MM-DD" wall-clock date. */
export function weekdayIndex(date: string): number {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (sundayFirst + 6) % 7;
}

export function mondayOf(date: string): string {
  return addDaysToDate(date, -weekdayIndex(date));
}

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDaysToDate(monday, index));
}

export function shiftWeek(monday: string, weeks: number): string {
  return addDaysToDate(monday, weeks * 7);
}

export function currentWeek(timeZone: string, now: Date = new Date()): string {
  return mondayOf(todayInZone(timeZone, now));
}

/** Any date in the wanted week (snapped to its Monday), or this week when the parameter is unusable. */
export function resolveWeek(
  param: string | null | undefined,
  timeZone: string,
  now: Date = new Date(),
): string {
  return param && isCalendarDate(param) ? mondayOf(param) : currentWeek(timeZone, now);
}

/**
 * The upstream filters classes by their own local date, which can be a day either side of the
 * client's date for the same instant: ask for one extra day each side, then regroup by the client's date.
 */
export function upstreamDateRange(monday: string): { startDate: string; endDate: string } {
  return { startDate: addDaysToDate(monday, -1), endDate: addDaysToDate(monday, 7) };
}
