import "server-only";
import { participationOf, toPublicClassSession, type TimetableClass } from "@/lib/classes/public-class";
import { groupByClientDay } from "@/lib/classes/timetable";
import type { TimetableWeek } from "@/lib/classes/views";
import { upstreamDateRange } from "@/lib/classes/week";
import { mayAccessBooking, type Session } from "@/lib/session/session-payload";
import { cachedListClasses } from "@/lib/upstream-cache/cached-reads";
import { listClientClassBookings } from "@/lib/whautomate";

/**
 * Every class of the week (filters are applied in the browser), with the signed-in client's places,
 * which are the client's own and never cached.
 */
export async function loadTimetableWeek(
  week: string,
  timeZone: string,
  viewer: Session | null,
): Promise<TimetableWeek> {
  const range = upstreamDateRange(week);
  const clientId = viewer?.clientId ?? null;
  const [{ value: sessions, stale }, ownBookings] = await Promise.all([
    cachedListClasses(range),
    clientId ? listClientClassBookings(clientId, range) : Promise.resolve([]),
  ]);
  const classes = sessions.map((session): TimetableClass => ({
    ...toPublicClassSession(session),
    participation: participationOf(
      ownBookings
        .filter((own) => own.session.id === session.id && viewer && mayAccessBooking(viewer, session.id))
        .map((own) => own.participant),
      clientId,
    ),
  }));
  const days = groupByClientDay(classes, week, timeZone);
  return { week, timeZone, days, checkedAt: Date.now(), stale };
}
