import { utcToZonedParts } from "@/lib/time/zoned";
import { weekDays } from "./week";

export interface TimetableFilters {
  locationId: string | null;
  instructorId: string | null;
  serviceId: string | null;
}

export interface TimetableDay<T> {
  /** "YYYY-MM-DD" in the client's zone. */
  date: string;
  classes: T[];
}

interface FilterableClass {
  location: { id: string };
  instructor: { id: string } | null;
  service: { id: string };
}

export function matchesFilters(session: FilterableClass, filters: TimetableFilters): boolean {
  return (
    (!filters.locationId || session.location.id === filters.locationId) &&
    (!filters.instructorId || session.instructor?.id === filters.instructorId) &&
    (!filters.serviceId || session.service.id === filters.serviceId)
  );
}

/** The seven days of the week in the client's zone, each with its classes in start order. */
export function groupByClientDay<T extends { startsAt: string }>(
  classes: T[],
  monday: string,
  timeZone: string,
): TimetableDay<T>[] {
  const days = weekDays(monday).map((date): TimetableDay<T> => ({ date, classes: [] }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  const ordered = [...classes].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const session of ordered) {
    byDate.get(utcToZonedParts(session.startsAt, timeZone).date)?.classes.push(session);
  }
  return days;
}

/**
 * Whether the week still holds a class fitting the filters that starts after `at`: when it does
 * not, a timetable opened on "what is next" moves on to the next week with one.
 */
export function hasClassAfter(
  days: TimetableDay<FilterableClass & { startsAt: string }>[],
  filters: TimetableFilters,
  at: number,
): boolean {
  return days.some((day) =>
    day.classes.some((session) => Date.parse(session.startsAt) > at && matchesFilters(session, filters)),
  );
}
