// Conversions between UTC instants and wall-clock time in an IANA zone.
//
// Built on Intl rather than date-fns-tz: date-fns-tz routes wall times through the process's own
// zone (results change with the server's TZ) and resolves DST gaps and overlaps inconsistently
// between zones. Rules here: a wall time inside a DST gap moves forward by the gap's length
// (01:30 on London's spring-forward day is 02:30 BST); a wall time inside a fall-back overlap
// takes the earlier instant (the first 01:30). These match Temporal's "compatible" choice.

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formattedWallClockMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instantMs)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

// formatToParts is the costliest step of a page's render (its slots, its classes), and every visitor
// asks about the same instants: a zone's offset is kept per minute (zones change offset on whole
// minutes), in a map emptied when full rather than tracked by age.
const offsetsByMinute = new Map<string, number>();
const MAX_KEPT_OFFSETS = 50_000;

/** The wall clock in timeZone at an instant (to the second), written as if it were a UTC timestamp. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const minuteMs = Math.floor(instantMs / 60_000) * 60_000;
  const key = `${timeZone} ${minuteMs}`;
  let offset = offsetsByMinute.get(key);
  if (offset === undefined) {
    offset = formattedWallClockMs(minuteMs, timeZone) - minuteMs;
    if (offsetsByMinute.size >= MAX_KEPT_OFFSETS) offsetsByMinute.clear();
    offsetsByMinute.set(key, offset);
  }
  return Math.floor(instantMs / 1000) * 1000 + offset;
}

function offsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

function calendarDateMs(date: string): number {
  const match = CALENDAR_DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  }
  return ms;
}

function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: "${timeZone}"`);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    wallClockFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function isCalendarDate(text: string): boolean {
  try {
    calendarDateMs(text);
    return true;
  } catch {
    return false;
  }
}

/** "2027-03-28" + "09:00" in Europe/London → "2027-03-28T08:00:00.000Z". */
export function zonedWallTimeToUtc(date: string, time: string, timeZone: string): string {
  assertTimeZone(timeZone);
  const clock = CLOCK_TIME.exec(time);
  if (!clock) throw new RangeError(`Not a time (HH:mm): "${time}"`);
  const wallMs = calendarDateMs(date) + (Number(clock[1]) * 60 + Number(clock[2])) * 60_000;
  // Real zones change offset at most once within a day either side, so these two offsets are
  // the only ones this wall time can carry.
  const offsetBefore = offsetMs(wallMs - DAY_MS, timeZone);
  const offsetAfter = offsetMs(wallMs + DAY_MS, timeZone);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => wallMs - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wallMs);
  const instant = matching.length > 0 ? Math.min(...matching) : wallMs - offsetBefore;
  return new Date(instant).toISOString();
}

/** The local calendar date and "HH:mm" of an instant in timeZone. */
export function utcToZonedParts(instant: string | Date, timeZone: string): { date: string; time: string } {
  assertTimeZone(timeZone);
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: "${String(instant)}"`);
  const wall = new Date(wallClockMs(ms, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** Whether two zones show the same date and time at an instant: when they do, one time says it all. */
export function sameWallClock(instant: string, zoneA: string, zoneB: string): boolean {
  const a = utcToZonedParts(instant, zoneA);
  const b = utcToZonedParts(instant, zoneB);
  return a.date === b.date && a.time === b.time;
}

export function addDaysToDate(date: string, days: number): string {
  return new Date(calendarDateMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from one "YYYY-MM-DD" to another, whatever daylight saving did in between. */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((calendarDateMs(to) - calendarDateMs(from)) / DAY_MS);
}

export function todayInZone(timeZone: string, now: Date = new Date()): string {
  return utcToZonedParts(now, timeZone).date;
}
