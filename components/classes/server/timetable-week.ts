import "server-only";
import { participationOf, toPublicClassSession, type TimetableClass } from "@/lib/classes/public-class";
import { groupByClientDay } from "@/lib/classes/timetable";
import type { TimetableWeek } from "@/lib/classes/views";
import { upstreamDateRange } from "@/lib/classes/week";
import { mayAccessBooking, type Session } from "@/lib/session/session-payload";
import { cachedListClasses } from "@/lib/upstream-cache/cached-reads";
import { listClientClassBookings, type ClassSession } from "@/lib/whautomate";

/**
 * Classes as this visitor sees them: each with the visitor's own place, read from the upstream for
 * the range (the client's own, never cached) and shown only where the session may see that class.
 */
export async function withOwnPlaces(
  sessions: ClassSession[],
  range: { startDate: string; endDate: string },
  viewer: Session | null,
): Promise<TimetableClass[]> {
  const clientId = viewer?.clientId ?? null;
  const ownBookings = clientId ? await listClientClassBookings(clientId, range) : [];
  return sessions.map((session): TimetableClass => ({
    ...toPublicClassSession(session),
    participation: participationOf(
      ownBookings
        .filter((own) => own.session.id === session.id && viewer && mayAccessBooking(viewer, session.id))
        .map((own) => own.participant),
      clientId,
    ),
  }));
}

/** Every class of the week (filters are applied in the browser), with the visitor's own places. */
export async function loadTimetableWeek(
  week: string,
  timeZone: string,
  viewer: Session | null,
): Promise<TimetableWeek> {
  const range = upstreamDateRange(week);
  const { value: sessions, stale } = await cachedListClasses(range);
  const days = groupByClientDay(await withOwnPlaces(sessions, range, viewer), week, timeZone);
  return { week, timeZone, days, checkedAt: Date.now(), stale };
}
