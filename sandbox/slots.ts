import {
  MINUTE_MS,
  addDaysToLocalDate,
  localDateOf,
  startOfLocalDay,
  weekdayOf,
  zonedToInstant,
} from "./time";

export const SLOT_STEP_MINUTES = 15;

/** Half-open [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** One block of weekly working hours, wall-clock "HH:mm" in the location's zone. */
export interface WeeklyHours {
  weekday: number;
  start: string;
  end: string;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The real instants of a local calendar day: 23 or 25 hours long on daylight-saving change days. */
export function dayWindow(localDate: string, zone: string): Interval {
  return {
    start: startOfLocalDay(localDate, zone),
    end: startOfLocalDay(addDaysToLocalDate(localDate, 1), zone),
  };
}

/** Every local date in `zone` that any instant of `window` falls on. */
export function localDatesCovering(window: Interval, zone: string): string[] {
  const last = localDateOf(window.end - 1, zone);
  const dates: string[] = [];
  for (let date = localDateOf(window.start, zone); date <= last; date = addDaysToLocalDate(date, 1)) {
    dates.push(date);
  }
  return dates;
}

export function workingPeriods(localDate: string, zone: string, hours: readonly WeeklyHours[]): Interval[] {
  const weekday = weekdayOf(localDate);
  return hours
    .filter((block) => block.weekday === weekday)
    .map((block) => ({
      start: zonedToInstant(localDate, block.start, zone),
      end: zonedToInstant(localDate, block.end, zone),
    }))
    .filter((period) => period.end > period.start)
    .sort((a, b) => a.start - b.start);
}

/**
 * First instant no slot may start at: the start of local day today + limitDays + 1, so every slot
 * lies on a local date no later than today + limitDays. A null limit means no horizon.
 */
export function bookingHorizon(now: number, zone: string, limitDays: number | null): number {
  if (limitDays === null) return Number.POSITIVE_INFINITY;
  return startOfLocalDay(addDaysToLocalDate(localDateOf(now, zone), limitDays + 1), zone);
}

export interface OpenSlotInput {
  periods: readonly Interval[];
  durationMinutes: number;
  bufferMinutes: number;
  busy: readonly Interval[];
  now: number;
  horizon: number;
}

/** Start instants that fit a working period and keep the service plus its buffer clear of anything busy. */
export function openSlotStarts(input: OpenSlotInput): number[] {
  const duration = input.durationMinutes * MINUTE_MS;
  const blocked = duration + input.bufferMinutes * MINUTE_MS;
  const starts: number[] = [];
  for (const period of input.periods) {
    for (let start = period.start; start + duration <= period.end; start += SLOT_STEP_MINUTES * MINUTE_MS) {
      if (start <= input.now || start >= input.horizon) continue;
      const claim = { start, end: start + blocked };
      if (input.busy.some((interval) => overlaps(claim, interval))) continue;
      starts.push(start);
    }
  }
  return starts;
}

export interface StaffDayInput {
  window: Interval;
  zone: string;
  hours: readonly WeeklyHours[];
  durationMinutes: number;
  bufferMinutes: number;
  busy: readonly Interval[];
  now: number;
  advanceBookingLimitDays: number | null;
}

/** Open starts for one staff member inside `window`, with working hours read in the location's zone. */
export function staffSlotStarts(input: StaffDayInput): number[] {
  const horizon = bookingHorizon(input.now, input.zone, input.advanceBookingLimitDays);
  return localDatesCovering(input.window, input.zone)
    .flatMap((date) =>
      openSlotStarts({
        periods: workingPeriods(date, input.zone, input.hours),
        durationMinutes: input.durationMinutes,
        bufferMinutes: input.bufferMinutes,
        busy: input.busy,
        now: input.now,
        horizon,
      }),
    )
    .filter((start) => start >= input.window.start && start < input.window.end);
}

export function mergeStarts(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
