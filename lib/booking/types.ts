// Availability as the booking journey sees it: instants in UTC, grouped by the client's own dates.
// Pure types, shared by the server action and the client components.

export interface BookableSlot {
  startsAt: string;
  endsAt: string;
  /** Staff members free at this instant, in the service's order. */
  staffIds: string[];
}

export interface BookableDay {
  /** "YYYY-MM-DD" in the client's zone. */
  date: string;
  slots: BookableSlot[];
}

export interface MonthAvailability {
  /** "YYYY-MM" in the client's zone. */
  month: string;
  /**
   * Every free slot of the location dates that can fall in the month in any zone, so the client
   * groups them by its own dates (`daysOfMonth`) in whichever zone it shows.
   */
  slots: BookableSlot[];
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
