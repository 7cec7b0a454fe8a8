import "server-only";
import { matchesFilters, type TimetableFilters } from "@/lib/classes/timetable";
import { mondayOf, upstreamDateRange } from "@/lib/classes/week";
import { addDaysToDate, utcToZonedParts } from "@/lib/time/zoned";
import { cachedListClasses } from "@/lib/upstream-cache/cached-reads";

const LOOK_AHEAD_DAYS = 56;

/** Monday of the first week after `week` with a class that fits the filters, within eight weeks. */
export async function findNextClassWeek(
  week: string,
  timeZone: string,
  filters: TimetableFilters,
): Promise<string | null> {
  const { endDate: startDate } = upstreamDateRange(week);
  const { value: sessions } = await cachedListClasses({
    startDate,
    endDate: addDaysToDate(startDate, LOOK_AHEAD_DAYS),
  });
  const weekEnd = addDaysToDate(week, 7);
  const next = sessions
    .filter((session) => session.status !== "cancelled" && matchesFilters(session, filters))
    .map((session) => utcToZonedParts(session.startsAt, timeZone).date)
    .filter((date) => date >= weekEnd)
    .sort()[0];
  return next ? mondayOf(next) : null;
}
