import type { Participation } from "./class-status";
import type { OnlineAccess, PublicClassSession, TimetableClass } from "./public-class";
import type { TimetableDay } from "./timetable";

// What the server hands to the classes pages. Instants and `checkedAt` (ms) are plain data so
// these cross server-action boundaries and the query cache unchanged.

export interface TimetableWeek {
  /** Monday, "YYYY-MM-DD" in timeZone. */
  week: string;
  timeZone: string;
  days: TimetableDay<TimetableClass>[];
  /** When the upstream was read; statuses are derived against this instant. */
  checkedAt: number;
  /** The upstream is busy or down and this is its last good answer, which may be out of date. */
  stale: boolean;
}

export interface FilterOption {
  id: string;
  label: string;
  /** Locations where this instructor teaches or this class type runs. */
  locationIds: string[];
}

export interface TimetableFilterOptions {
  locations: FilterOption[];
  instructors: FilterOption[];
  types: FilterOption[];
}

/** Whom the page may greet: a name the visitor typed, or the stored one once a code proved the phone. */
export interface ClassViewer {
  name: string;
}

export interface ClassDetail {
  session: PublicClassSession;
  participation: Participation;
  /** Present only when the signed-in client holds a booked spot. */
  online: OnlineAccess | null;
  viewer: ClassViewer | null;
  checkedAt: number;
  /** As for TimetableWeek: the class may have changed since. */
  stale: boolean;
}

/** The later dates of a class's weekly series (see `laterInSeries`). */
export interface ClassSeries {
  classes: TimetableClass[];
  /** Whether this visitor may book them in one go (see `seriesClientOf`). */
  canBook: boolean;
  checkedAt: number;
  stale: boolean;
}
