import { weekdayIndex } from "./week";

/** The most later dates of a series offered at once: about the eight weeks the timetable looks ahead. */
export const SERIES_MAX = 8;

interface SeriesMember {
  id: string;
  startsAt: string;
  localDate: string;
  localTime: string;
  status: string;
  service: { id: string };
  instructor: { id: string } | null;
  location: { id: string };
}

/**
 * The later classes of the weekly series `anchor` belongs to: the same class type, instructor and
 * location, on the same weekday at the same time where it is held (a studio's "every Tuesday at
 * 6:30 PM", whichever side of a clock change). Cancelled dates are left out: nobody can take them.
 */
export function laterInSeries<T extends SeriesMember>(anchor: SeriesMember, sessions: T[]): T[] {
  const weekday = weekdayIndex(anchor.localDate);
  return sessions
    .filter(
      (session) =>
        session.id !== anchor.id &&
        Date.parse(session.startsAt) > Date.parse(anchor.startsAt) &&
        session.status !== "cancelled" &&
        session.service.id === anchor.service.id &&
        session.location.id === anchor.location.id &&
        (session.instructor?.id ?? null) === (anchor.instructor?.id ?? null) &&
        session.localTime === anchor.localTime &&
        weekdayIndex(session.localDate) === weekday,
    )
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .slice(0, SERIES_MAX);
}
