import { isCalendarDate, isValidTimeZone } from "@/lib/time/zoned";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import { mondayOf } from "./week";

// The timetable's state lives in the URL so reload, back/forward and shared links land on the same
// view. A bad parameter is dropped, never an error.

export interface TimetableParams {
  /** Monday of the week, or null for the current week. */
  week: string | null;
  tz: string | null;
  location: string | null;
  instructor: string | null;
  type: string | null;
}

function readId(value: string | null): string | null {
  return value && UPSTREAM_ID.test(value) ? value : null;
}

export function readTimetableParams(search: { get(name: string): string | null }): TimetableParams {
  const week = search.get("week");
  const tz = search.get("tz");
  return {
    week: week && isCalendarDate(week) ? mondayOf(week) : null,
    tz: tz && isValidTimeZone(tz) ? tz : null,
    location: readId(search.get("location")),
    instructor: readId(search.get("instructor")),
    type: readId(search.get("type")),
  };
}

export function timetableHref(params: TimetableParams): string {
  const query = new URLSearchParams();
  for (const name of ["week", "location", "instructor", "type", "tz"] as const) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `/classes?${text}` : "/classes";
}
