import { addDaysToDate, isCalendarDate } from "@/lib/time/zoned";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** "2027-03-28" → "2027-03". */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every calendar date of a month, in order. */
export function datesOfMonth(month: string): string[] {
  const first = `${month}-01`;
  if (!isMonth(month) || !isCalendarDate(first)) throw new RangeError(`Not a month (YYYY-MM): "${month}"`);
  const dates: string[] = [];
  for (let date = first; monthOfDate(date) === month; date = addDaysToDate(date, 1)) dates.push(date);
  return dates;
}

/** Inclusive list of dates from `from` to `to`. */
export function dateRange(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDaysToDate(date, 1)) dates.push(date);
  return dates;
}

/** 0 = Monday … 6 = Sunday, for a calendar date regardless of any zone. */
export function isoWeekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The month as weeks of seven cells, Monday first; cells outside the month are null. */
export function calendarWeeks(month: string): (string | null)[][] {
  const dates = datesOfMonth(month);
  const cells: (string | null)[] = [...Array<null>(isoWeekdayIndex(dates[0]!)).fill(null), ...dates];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return weeks;
}

const MAX_MONTHS_WITHOUT_WINDOW = 12;

export interface BookableMonths {
  first: string;
  last: string;
}

/** The months the calendar offers: today's, up to the last one the booking window reaches. */
export function bookableMonths(today: string, bookingWindowDays: number | null): BookableMonths {
  const first = monthOfDate(today);
  const last = bookingWindowDays
    ? monthOfDate(addDaysToDate(today, bookingWindowDays))
    : addMonths(first, MAX_MONTHS_WITHOUT_WINDOW);
  return { first, last };
}

/** The month the calendar shows: the one asked for (or the chosen date's), within the bookable months. */
export function monthToShow(requested: { month?: string; date?: string }, { first, last }: BookableMonths) {
  const month = requested.month ?? (requested.date ? monthOfDate(requested.date) : first);
  return month < first ? first : month > last ? last : month;
}
