import "server-only";
import { participationOf, toPublicClassSession, type TimetableClass } from "@/lib/classes/public-class";
import { groupByClientDay } from "@/lib/classes/timetable";
import type { TimetableWeek } from "@/lib/classes/views";
import { upstreamDateRange } from "@/lib/classes/week";
import { mayAccessBooking, type Session } from "@/lib/session/session-payload";
import { listClasses, listClientClassBookings } from "@/lib/whautomate";

/** Every class of the week (filters are applied in the browser), with the signed-in client's places. */
export async function loadTimetableWeek(
  week: string,
  timeZone: string,
  viewer: Session | null,
): Promise<TimetableWeek> {
  const range = upstreamDateRange(week);
  const clientId = viewer?.clientId ?? null;
  const [sessions, ownBookings] = await Promise.all([
    listClasses(range),
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
  return { week, timeZone, days: groupByClientDay(classes, week, timeZone), checkedAt: Date.now() };
}
