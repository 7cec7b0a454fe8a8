"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { TimetableDay } from "@/lib/classes/timetable";
import { formatDayTab, formatWallDate } from "@/lib/i18n/format";

/**
 * The week at a glance on a phone, as class apps show it: each day with a mark where it has classes,
 * a tap away from them. Days gone by and days without classes are shown but lead nowhere.
 */
export function DayStrip({ days, today }: { days: TimetableDay<unknown>[]; today: string }) {
  const { t, locale } = useI18n();
  return (
    <nav aria-label={t("classes.dayStrip")} className="lg:hidden">
      <ol className="grid grid-cols-7 gap-1">
        {days.map((day) => {
          const { weekday, day: dayOfMonth } = formatDayTab(day.date, locale);
          const bookable = day.classes.length > 0 && day.date >= today;
          const face = (
            <>
              <span aria-hidden="true" className="text-xs">
                {weekday}
              </span>
              <span aria-hidden="true" className="text-base font-semibold">
                {dayOfMonth}
              </span>
              <span
                aria-hidden="true"
                className={`size-1.5 rounded-full ${bookable ? "bg-brand" : "bg-transparent"}`}
              />
            </>
          );
          const shape = `flex min-h-14 flex-col items-center justify-center gap-0.5 rounded-control ${
            day.date === today ? "ring-2 ring-brand ring-inset" : ""
          }`;
          return (
            <li key={day.date}>
              {bookable ? (
                <a
                  href={`#day-${day.date}`}
                  aria-label={t("classes.dayStripDay", {
                    date: formatWallDate(day.date, locale),
                    count: day.classes.length,
                  })}
                  aria-current={day.date === today ? "date" : undefined}
                  className={`${shape} bg-surface text-ink hover:bg-brand-soft`}
                >
                  {face}
                </a>
              ) : (
                <span className={`${shape} text-ink-muted`}>
                  {face}
                  <span className="sr-only">
                    {t("classes.dayStripEmpty", { date: formatWallDate(day.date, locale) })}
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
