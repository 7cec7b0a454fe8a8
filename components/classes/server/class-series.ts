import "server-only";
import { laterInSeries, SERIES_MAX } from "@/lib/classes/series";
import type { ClassSeries } from "@/lib/classes/views";
import { clientAllowedFor, type Session } from "@/lib/session/session-payload";
import { addDaysToDate } from "@/lib/time/zoned";
import { cachedGetClass, cachedListClasses } from "@/lib/upstream-cache/cached-reads";
import { withOwnPlaces } from "./timetable-week";

/**
 * Who may take several dates of a series in one go: a visitor who holds this class on this device
 * or proved who they are, the same person its own join button would book.
 */
export function seriesClientOf(session: Session | null, classId: string): string | null {
  return clientAllowedFor(session, classId) ?? (session?.verified ? session.clientId : null);
}

/** The later dates of a class's weekly series, each with this visitor's own place where they may see it. */
export async function loadClassSeries(classId: string, session: Session | null): Promise<ClassSeries> {
  const { value: anchor } = await cachedGetClass(classId);
  const range = {
    startDate: addDaysToDate(anchor.localDate, 1),
    endDate: addDaysToDate(anchor.localDate, 7 * SERIES_MAX + 1),
  };
  const { value: sessions, stale } = await cachedListClasses(range);
  const classes = await withOwnPlaces(laterInSeries(anchor, sessions), range, session);
  return { classes, canBook: seriesClientOf(session, classId) !== null, checkedAt: Date.now(), stale };
}
