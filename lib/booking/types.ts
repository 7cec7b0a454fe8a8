// Availability as the booking journey sees it: a free time is the instant it starts, in UTC, grouped
// by the client's own dates. Who is free at it, and until when, stays on the server, which books
// whoever is free when the client confirms. Pure types, shared by the server and the client components.

export interface BookableDay {
  /** "YYYY-MM-DD" in the client's zone. */
  date: string;
  /** The day's free start instants (ISO, UTC), in time order. */
  starts: string[];
}

export interface MonthAvailability {
  /** "YYYY-MM" in the client's zone. */
  month: string;
  /**
   * Every free start instant of the location dates that can fall in the month in any zone, in time
   * order, so the client groups them by its own dates (`daysOfMonth`) in whichever zone it shows.
   */
  starts: string[];
  /** Null when the upstream returned no day at all (e.g. a month wholly in the past). */
  locationTimeZone: string | null;
  /** Whautomate was busy or down: some of this is its last good answer, and may be out of date. */
  stale: boolean;
}

/** The staff parameter that lets the business pick whoever is free at the chosen time. */
export const ANY_STAFF = "any";

/** How far ahead the catalogue's cards look for a service's or a staff member's next free time. */
export const NEXT_FREE_HORIZON_WEEKS = 2;

/**
 * The next free time of each card of a step: by service id on the service step (whoever is free),
 * by staff id and `ANY_STAFF` on the staff step. Null: nothing free within the horizon.
 */
export interface NextFreeTimes {
  times: Record<string, string | null>;
  /** Whautomate was busy or down: some of this is its last good answer, and may be out of date. */
  stale: boolean;
}
