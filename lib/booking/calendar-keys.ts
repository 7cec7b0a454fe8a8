import { addDaysToDate } from "@/lib/time/zoned";
import { addMonths, isoWeekdayIndex, monthOfDate, type BookableMonths } from "./month";

function lastDateOfMonth(month: string): string {
  return addDaysToDate(`${addMonths(month, 1)}-01`, -1);
}

/** The same day of the month `months` away, or that month's last day when it is shorter. */
function sameDayInMonth(date: string, months: number): string {
  const month = addMonths(monthOfDate(date), months);
  const day = `${month}-${date.slice(8)}`;
  const last = lastDateOfMonth(month);
  return day > last ? last : day;
}

function unclampedTarget(key: string, date: string): string | null {
  const month = monthOfDate(date);
  const weekday = isoWeekdayIndex(date);
  switch (key) {
    case "ArrowLeft":
      return addDaysToDate(date, -1);
    case "ArrowRight":
      return addDaysToDate(date, 1);
    case "ArrowUp":
      return addDaysToDate(date, -7);
    case "ArrowDown":
      return addDaysToDate(date, 7);
    case "Home": {
      const monday = addDaysToDate(date, -weekday);
      return monthOfDate(monday) === month ? monday : `${month}-01`;
    }
    case "End": {
      const sunday = addDaysToDate(date, 6 - weekday);
      return monthOfDate(sunday) === month ? sunday : lastDateOfMonth(month);
    }
    case "PageUp":
      return sameDayInMonth(date, -1);
    case "PageDown":
      return sameDayInMonth(date, 1);
    default:
      return null;
  }
}

/**
 * The day a key moves the month grid's focus to from `date`, as in the WAI-ARIA date picker grid:
 * arrows by day and week (crossing into the next or previous month), Home/End to the week's ends
 * within the shown month, PageUp/PageDown by month. A move out of the bookable months stays on
 * `date`; keys the grid does not use give null. Dates are wall dates, so no zone or DST enters.
 */
export function calendarKeyTarget(key: string, date: string, months: BookableMonths): string | null {
  const target = unclampedTarget(key, date);
  if (target === null) return null;
  const month = monthOfDate(target);
  return month < months.first || month > months.last ? date : target;
}
