"use client";

import { use, useEffect, useMemo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ServerAnswer } from "@/components/query/server-answer";
import { TimeZonePicker } from "@/components/time/time-zone-picker";
import { useTimeZone } from "@/components/time/use-time-zone";
import { StaleNotice } from "@/components/ui/stale-notice";
import { formatWeekRange } from "@/lib/classes/class-time-labels";
import { matchesFilters } from "@/lib/classes/timetable";
import type { TimetableParams } from "@/lib/classes/timetable-params";
import type { FilterOption, TimetableFilterOptions, TimetableWeek } from "@/lib/classes/views";
import { currentWeek } from "@/lib/classes/week";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { formatTimeZoneName } from "@/lib/i18n/format";
import { addDaysToDate, todayInZone } from "@/lib/time/zoned";
import { EmptyWeek } from "./empty-week";
import { LoadError } from "./load-error";
import { TimetableDays } from "./timetable-days";
import { TimetableFilters } from "./timetable-filters";
import { TimetableSkeleton } from "./timetable-skeleton";
import { useTimetableParams } from "./use-timetable-params";
import { useTimetableWeek } from "./use-timetable-week";
import { WeekNav } from "./week-nav";
import { ZoneChangeNote } from "./zone-change-note";

const weekRefusals: FailureMessages<never> = {
  invalid: "classes.error.invalid",
  not_found: "classes.error.notFound",
  rate_limited: "classes.error.rateLimited",
};

function known(options: FilterOption[], id: string | null): string | null {
  return id && options.some((option) => option.id === id) ? id : null;
}

export function Timetable({
  options,
  serverSearch,
  initialWeek,
}: {
  options: TimetableFilterOptions;
  serverSearch: string;
  /**
   * The week the server read in its best guess of the zone, shown until the browser knows better:
   * still on its way when the server did not wait for it (null: the browser reads it).
   */
  initialWeek: ServerAnswer<TimetableWeek> | null | Promise<ServerAnswer<TimetableWeek> | null>;
}) {
  const { t, locale } = useI18n();
  const serverWeek = initialWeek instanceof Promise ? use(initialWeek) : initialWeek;
  const { params: fromUrl, navigate } = useTimetableParams(serverSearch);
  // Filters naming something that does not exist (an old shared link) are ignored, not an error.
  const params: TimetableParams = useMemo(
    () => ({
      ...fromUrl,
      location: known(options.locations, fromUrl.location),
      instructor: known(options.instructors, fromUrl.instructor),
      type: known(options.types, fromUrl.type),
    }),
    [fromUrl, options],
  );
  const [timeZone, chooseTimeZone] = useTimeZone(serverWeek?.data.timeZone ?? null);

  // With no week asked for (or a past one), the timetable opens on what is next: this week from
  // today on, or the next week with classes when nothing is left of this one.
  const thisWeek = timeZone ? currentWeek(timeZone) : null;
  const upcomingOnly = !params.week || (thisWeek !== null && params.week < thisWeek);
  const week = upcomingOnly ? thisWeek : params.week;
  useEffect(() => {
    if (upcomingOnly && params.week) navigate({ ...params, week: null }, { replace: true });
  }, [upcomingOnly, params, navigate]);
  const query = useTimetableWeek(week && timeZone ? { week, timeZone } : null, serverWeek);
  const { location, instructor, type } = params;
  const shownZone = query.data?.timeZone;
  const days = useMemo(() => {
    const filters = { locationId: location, instructorId: instructor, serviceId: type };
    const today = shownZone ? todayInZone(shownZone) : "";
    return query.data?.days
      .filter((day) => !upcomingOnly || day.date >= today)
      .map((day) => ({
        ...day,
        classes: day.classes.filter((session) => matchesFilters(session, filters)),
      }));
  }, [query.data, shownZone, upcomingOnly, location, instructor, type]);
  const classCount = days?.reduce((total, day) => total + day.classes.length, 0) ?? 0;
  // Judged at the week's read, like each class's status, so the server's render and the browser's agree.
  const readAt = query.data?.checkedAt ?? 0;
  const nothingLeft =
    upcomingOnly &&
    days !== undefined &&
    days.every((day) => day.classes.every((session) => Date.parse(session.startsAt) <= readAt));

  return (
    <div className="space-y-5">
      {timeZone ? (
        <>
          {/* The zone the shown week was read in: the one chosen, once its read has arrived. */}
          <p className="text-ink-muted">
            {t("classes.intro", {
              zone: formatTimeZoneName(query.data?.timeZone ?? timeZone, locale, new Date().toISOString()),
            })}
          </p>
          <div className="max-w-xl">
            <TimeZonePicker value={timeZone} onChange={chooseTimeZone} />
          </div>
        </>
      ) : null}
      <TimetableFilters options={options} params={params} navigate={navigate} />
      {week && timeZone ? (
        <section
          aria-labelledby="timetable-week"
          aria-busy={query.isPlaceholderData || undefined}
          className="space-y-4"
        >
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="timetable-week" className="text-xl font-semibold">
              {t("classes.weekHeading", { range: formatWeekRange(week, addDaysToDate(week, 6), locale) })}
            </h2>
            <WeekNav params={params} week={week} navigate={navigate} />
          </div>
          {query.data?.stale ? <StaleNotice message={t("error.staleData")} /> : null}
          {query.isPending ? (
            <TimetableSkeleton retrying={query.failureCount > 0} />
          ) : query.isError ? (
            <LoadError
              title={t("classes.loadFailed")}
              message={failureMessage(t, query.error, weekRefusals) ?? t("error.generic")}
              onRetry={() => void query.refetch()}
            />
          ) : classCount === 0 || nothingLeft ? (
            <EmptyWeek
              params={params}
              week={week}
              timeZone={timeZone}
              navigate={navigate}
              restOfWeek={upcomingOnly}
            />
          ) : days ? (
            <TimetableDays
              days={days}
              timeZone={query.data.timeZone}
              today={todayInZone(query.data.timeZone)}
              checkedAt={query.data.checkedAt}
            />
          ) : null}
          <ZoneChangeNote
            message={
              query.isPlaceholderData
                ? t("classes.movingToZone", {
                    zone: formatTimeZoneName(timeZone, locale, new Date().toISOString()),
                  })
                : null
            }
          />
        </section>
      ) : (
        <TimetableSkeleton />
      )}
    </div>
  );
}
