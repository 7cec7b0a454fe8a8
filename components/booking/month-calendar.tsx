"use client";

import { useMemo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatMonth, formatWallDate } from "@/lib/i18n/format";
import { addMonths, calendarWeeks } from "@/lib/booking/month";

function weekdayNames(locale: string): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1 + index));
    const name = (weekday: "short" | "long") =>
      new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" }).format(day);
    return { short: name("short"), long: name("long") };
  });
}

const navButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-control border border-line bg-surface text-lg disabled:cursor-not-allowed disabled:opacity-40";

/** Only days with free times are enabled; the rest are shown but cannot be chosen. */
export function MonthCalendar({
  month,
  availableDates,
  selectedDate,
  canGoBack,
  canGoForward,
  onSelectDate,
  onChangeMonth,
}: {
  month: string;
  availableDates: ReadonlySet<string>;
  selectedDate: string | null;
  canGoBack: boolean;
  canGoForward: boolean;
  onSelectDate: (date: string) => void;
  onChangeMonth: (month: string) => void;
}) {
  const { t, locale } = useI18n();
  const weeks = useMemo(() => calendarWeeks(month), [month]);
  const weekdays = useMemo(() => weekdayNames(locale), [locale]);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const monthName = formatMonth(month, locale);

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <button
          type="button"
          className={navButton}
          disabled={!canGoBack}
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
          disabled={!canGoForward}
          onClick={() => onChangeMonth(next)}
          aria-label={t("booking.calendar.next", { month: formatMonth(next, locale) })}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <div role="group" aria-label={t("booking.calendar.label", { month: monthName })}>
        <div
          aria-hidden="true"
          className="grid grid-cols-7 gap-1 pb-1 text-center text-xs font-medium text-ink-muted"
        >
          {weekdays.map((weekday) => (
            <span key={weekday.long} title={weekday.long}>
              {weekday.short}
            </span>
          ))}
        </div>
        <ul className="grid grid-cols-7 gap-1">
          {weeks.flat().map((date, index) =>
            date === null ? (
              <li key={`blank-${index}`} aria-hidden="true" />
            ) : (
              <li key={date}>
                <button
                  type="button"
                  disabled={!availableDates.has(date)}
                  aria-pressed={availableDates.has(date) ? date === selectedDate : undefined}
                  aria-label={formatWallDate(date, locale)}
                  onClick={() => onSelectDate(date)}
                  className="flex aspect-square min-h-11 w-full items-center justify-center rounded-control text-base font-medium text-ink enabled:bg-brand-soft enabled:hover:ring-2 enabled:hover:ring-brand disabled:cursor-not-allowed disabled:font-normal disabled:text-ink-muted aria-pressed:bg-brand aria-pressed:text-brand-contrast"
                >
                  {Number(date.slice(8))}
                </button>
              </li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}
