export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_24 = /^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;
const CLOCK_12 = /^(0?[1-9]|1[0-2]):([0-5]\d)(?::([0-5]\d))?\s*([AaPp][Mm])$/;

export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function isValidLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Accepts "04:39 PM", "4:39 pm", "16:39" and "16:39:00"; returns 24-hour "HH:mm" or null. */
export function parseClockTime(text: string): string | null {
  const trimmed = text.trim();
  const twelve = CLOCK_12.exec(trimmed);
  if (twelve) {
    const hour12 = Number(twelve[1]) % 12;
    const hours = twelve[4]?.toUpperCase() === "PM" ? hour12 + 12 : hour12;
    return `${pad(hours)}:${twelve[2]}`;
  }
  const twentyFour = CLOCK_24.exec(trimmed);
  if (twentyFour) return `${pad(Number(twentyFour[1]))}:${twentyFour[2]}`;
  return null;
}

export function to12Hour(clock: string): string {
  const [hoursText, minutes] = clock.split(":");
  const hours = Number(hoursText);
  const suffix = hours >= 12 ? "PM" : "AM";
  return `${pad(hours % 12 === 0 ? 12 : hours % 12)}:${minutes} ${suffix}`;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** What the wall clock in `zone` reads at `instant`, as the UTC instant with the same reading. */
function wallClockAsUtc(instant: number, zone: string): number {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormats.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  const seconds = Date.UTC(
    read("year"),
    read("month") - 1,
    read("day"),
    read("hour"),
    read("minute"),
    read("second"),
  );
  return seconds + (((instant % 1000) + 1000) % 1000);
}

/**
 * The instant at which the wall clock in `zone` reads `localDate` `clock` ("HH:mm"), whatever the
 * process's own zone. A time the clocks skip moves forward by the gap, a time they repeat is the
 * earlier one: the app's rule too (Temporal's "compatible").
 */
export function zonedToInstant(localDate: string, clock: string, zone: string): number {
  const reading = Date.parse(`${localDate}T${clock}:00.000Z`);
  const offsetAt = (instant: number) => wallClockAsUtc(instant, zone) - instant;
  // The offsets half a day either side differ only on a day the clocks change.
  const candidates = [reading - offsetAt(reading - DAY_MS / 2), reading - offsetAt(reading + DAY_MS / 2)];
  const matching = candidates.filter((instant) => wallClockAsUtc(instant, zone) === reading);
  return matching.length > 0 ? Math.min(...matching) : candidates[0]!;
}

export function startOfLocalDay(localDate: string, zone: string): number {
  return zonedToInstant(localDate, "00:00", zone);
}

export function localDateOf(instant: number, zone: string): string {
  return wallClockIso(instant, zone).slice(0, 10);
}

export function localClockOf(instant: number, zone: string): string {
  return wallClockIso(instant, zone).slice(11, 16);
}

/** The vendor writes local wall-clock time with a Z suffix; this reproduces that quirk. */
export function wallClockIso(instant: number, zone: string): string {
  return new Date(wallClockAsUtc(instant, zone)).toISOString();
}

export function addDaysToLocalDate(localDate: string, days: number): string {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar date independent of any zone. */
export function weekdayOf(localDate: string): number {
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isoInstant(instant: number): string {
  return new Date(instant).toISOString();
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
