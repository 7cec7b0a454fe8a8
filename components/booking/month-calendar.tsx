"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { dateTimeFormat, formatMonth, formatWallDate } from "@/lib/i18n/format";
import { calendarKeyTarget } from "@/lib/booking/calendar-keys";
import { addMonths, calendarWeeks, monthOfDate, type BookableMonths } from "@/lib/booking/month";

function weekdayNames(locale: string): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1 + index));
    const name = (weekday: "short" | "long") =>
      dateTimeFormat(locale, { weekday, timeZone: "UTC" }).format(day);
    return { short: name("short"), long: name("long") };
  });
}

const navButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-control border border-line bg-surface text-lg disabled:cursor-not-allowed disabled:opacity-40";

/**
 * The month as a WAI-ARIA date grid: one tab stop, arrow keys, Home/End and PageUp/PageDown move
 * between days (and months), Enter or Space chooses. Days without free times stay reachable by
 * arrow but are marked unavailable, so moving never skips over them.
 */
export function MonthCalendar({
  month,
  months,
  availableDates,
  selectedDate,
  onSelectDate,
  onChangeMonth,
}: {
  month: string;
  months: BookableMonths;
  /** Null while the month's free times are loading. */
  availableDates: ReadonlySet<string> | null;
  selectedDate: string | null;
  onSelectDate: (date: string) => void;
  onChangeMonth: (month: string) => void;
}) {
  const { t, locale } = useI18n();
  const weeks = useMemo(() => calendarWeeks(month), [month]);
  const weekdays = useMemo(() => weekdayNames(locale), [locale]);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const monthName = formatMonth(month, locale);

  const grid = useRef<HTMLTableElement>(null);
  const [focusedDate, setFocusedDate] = useState<string | null>(null);
  // Set by a key press, so focus follows the move, into the next month once it is shown.
  const focusFollows = useRef(false);
  const tabStop =
    [focusedDate, selectedDate].find((date) => date && monthOfDate(date) === month) ??
    weeks.flat().find((date) => date && availableDates?.has(date)) ??
    `${month}-01`;

  useEffect(() => {
    if (!focusFollows.current || !focusedDate) return;
    const day = grid.current?.querySelector<HTMLButtonElement>(`[data-date="${focusedDate}"]`);
    if (!day) return;
    focusFollows.current = false;
    day.focus();
  }, [focusedDate, month]);

  function moveFocus(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = calendarKeyTarget(event.key, focusedDate ?? tabStop, months);
    if (target === null) return;
    event.preventDefault();
    focusFollows.current = true;
    setFocusedDate(target);
    if (monthOfDate(target) !== month) onChangeMonth(monthOfDate(target));
  }

  function dayName(date: string, available: boolean) {
    const full = formatWallDate(date, locale, "full");
    if (!availableDates) return full;
    return t(available ? "booking.calendar.dayAvailable" : "booking.calendar.dayUnavailable", { date: full });
  }

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <button
          type="button"
          className={navButton}
          disabled={month <= months.first}
          onClick={() => onChangeMonth(previous)}
          aria-label={t("booking.calendar.previous", { month: formatMonth(previous, locale) })}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h3 id="calendar-month" aria-live="polite" className="text-lg font-semibold">
          {monthName}
        </h3>
        <button
          type="button"
          className={navButton}
          disabled={month >= months.last}
          onClick={() => onChangeMonth(next)}
          aria-label={t("booking.calendar.next", { month: formatMonth(next, locale) })}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table
        ref={grid}
        role="grid"
        aria-label={t("booking.calendar.label", { month: monthName })}
        aria-busy={availableDates ? undefined : true}
        onKeyDown={moveFocus}
        className="-m-1 w-[calc(100%+0.5rem)] table-fixed border-separate border-spacing-1"
      >
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th
                key={weekday.long}
                scope="col"
                abbr={weekday.long}
                className="pb-1 text-center text-xs font-medium text-ink-muted"
              >
                {weekday.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, index) => {
                if (date === null) return <td key={`blank-${index}`} />;
                const available = availableDates?.has(date) ?? false;
                return (
                  <td key={date}>
                    <button
                      type="button"
                      data-date={date}
                      tabIndex={date === tabStop ? 0 : -1}
                      aria-disabled={available ? undefined : true}
                      aria-pressed={available ? date === selectedDate : undefined}
                      aria-label={dayName(date, available)}
                      onFocus={() => setFocusedDate(date)}
                      onClick={() => {
                        setFocusedDate(date);
                        if (available) onSelectDate(date);
                      }}
                      className="flex aspect-square max-h-14 min-h-11 w-full items-center justify-center rounded-control bg-brand-soft text-base font-medium text-ink not-aria-disabled:hover:ring-2 not-aria-disabled:hover:ring-brand aria-disabled:cursor-not-allowed aria-disabled:bg-transparent aria-disabled:font-normal aria-disabled:text-ink-muted aria-pressed:bg-brand aria-pressed:text-brand-contrast"
                    >
                      {Number(date.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
