import "server-only";
import type { ServerAnswer } from "@/components/query/server-answer";
import type { TimetableWeek } from "@/lib/classes/views";
import { currentWeek, upstreamDateRange } from "@/lib/classes/week";
import type { Session } from "@/lib/session/session-payload";
import { cachedListClasses } from "@/lib/upstream-cache/cached-reads";
import { classKeys } from "../keys";
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
 * HTML. Null when the upstream cannot answer: the page then loads it in the browser, where a
 * failure has its retry.
 */
export async function loadInitialWeek(
  params: { week: string | null; tz: string | null },
  viewer: Session | null,
): Promise<ServerAnswer<TimetableWeek> | null> {
  try {
    const timeZone = params.tz ?? (await studioTimeZone());
    // A past week opens on this one, as the timetable in the browser does.
    const thisWeek = currentWeek(timeZone);
    const week = params.week && params.week > thisWeek ? params.week : thisWeek;
    const data = await loadTimetableWeek(week, timeZone, viewer);
    return { queryKey: classKeys.week({ week, timeZone }), data, readAt: data.checkedAt };
  } catch {
    return null;
  }
}
