import "server-only";
import type { ServerAnswer } from "@/components/query/server-answer";
import { hasClassAfter, type TimetableFilters } from "@/lib/classes/timetable";
import type { TimetableWeek } from "@/lib/classes/views";
import { currentWeek, upstreamDateRange } from "@/lib/classes/week";
import type { Session } from "@/lib/session/session-payload";
import { cachedListClasses } from "@/lib/upstream-cache/cached-reads";
import { classKeys } from "../keys";
import { findNextClassWeek } from "./next-class-week";
import { loadTimetableWeek } from "./timetable-week";

/**
 * A first-time visitor's zone is unknown until their browser runs: the studio's own zone (the one
 * most of this week's classes are in) is the best guess, and right for most visitors.
 */
async function studioTimeZone(): Promise<string> {
  const { value: sessions } = await cachedListClasses(upstreamDateRange(currentWeek("UTC")));
  const counts = new Map<string, number>();
  for (const { timeZone } of sessions) counts.set(timeZone, (counts.get(timeZone) ?? 0) + 1);
  return [...counts.entries()].sort(([, a], [, b]) => b - a)[0]?.[0] ?? "UTC";
}

/**
 * The week the timetable opens on, read while the page renders so the classes are in its first
 * HTML. With no week asked for (or a past one) that is this week, or the next week with a class
 * fitting the filters when nothing is left of this one, as the timetable in the browser would
 * choose. Null when the upstream cannot answer: the page then loads it in the browser, where a
 * failure has its retry.
 */
export async function loadInitialWeek(
  params: { week: string | null; tz: string | null },
  filters: TimetableFilters,
  viewer: Session | null,
): Promise<ServerAnswer<TimetableWeek> | null> {
  try {
    const timeZone = params.tz ?? (await studioTimeZone());
    const thisWeek = currentWeek(timeZone);
    if (params.week && params.week > thisWeek)
      return answer(await loadTimetableWeek(params.week, timeZone, viewer));
    const current = await loadTimetableWeek(thisWeek, timeZone, viewer);
    if (hasClassAfter(current.days, filters, current.checkedAt)) return answer(current);
    const next = await findNextClassWeek(thisWeek, timeZone, filters);
    return answer(next ? await loadTimetableWeek(next, timeZone, viewer) : current);
  } catch {
    return null;
  }
}

function answer(data: TimetableWeek): ServerAnswer<TimetableWeek> {
  return {
    queryKey: classKeys.week({ week: data.week, timeZone: data.timeZone }),
    data,
    readAt: data.checkedAt,
  };
}
