"use client";

import { memo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { TimetableClass } from "@/lib/classes/public-class";
import type { TimetableDay } from "@/lib/classes/timetable";
import { formatWallDate } from "@/lib/i18n/format";
import { ClassCard } from "./class-card";

/**
 * A day-by-day list on phones; seven columns on wide screens, where empty days keep their place.
 * Memoised: when the zone changes the same week stays on screen until the new one is read, and the
 * page re-rendering around it (as it hydrates) need not render every class again.
 */
export const TimetableDays = memo(function TimetableDays({
  days,
  timeZone,
  today,
  checkedAt,
}: {
  days: TimetableDay<TimetableClass>[];
  timeZone: string;
  today: string;
  checkedAt: number;
}) {
  const { t, locale } = useI18n();
  return (
    <ol className="grid gap-6 lg:grid-cols-7 lg:gap-2">
      {days.map((day) => (
        <li key={day.date} className={day.classes.length === 0 ? "hidden lg:block" : undefined}>
          <section aria-labelledby={`day-${day.date}`} className="scroll-mt-4 space-y-2">
            <h3
              id={`day-${day.date}`}
              aria-current={day.date === today ? "date" : undefined}
              className={`text-base font-semibold lg:text-sm ${day.date === today ? "text-brand" : ""}`}
            >
              <span className="lg:hidden">{formatWallDate(day.date, locale)}</span>
              {/* One line in a narrow column, so every day's classes start at the same height. */}
              <span className="hidden lg:inline">{formatWallDate(day.date, locale, "short")}</span>
            </h3>
            {day.classes.length === 0 ? (
              <p className="text-sm text-ink-muted">{t("classes.noClassesDay")}</p>
            ) : (
              <ul className="space-y-2">
                {day.classes.map((session) => (
                  <li key={session.id}>
                    <ClassCard session={session} timeZone={timeZone} checkedAt={checkedAt} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </li>
      ))}
    </ol>
  );
});
