"use client";

import { use, useEffect, useMemo, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ServerAnswer } from "@/components/query/server-answer";
import { TimeZonePicker } from "@/components/time/time-zone-picker";
import { useTimeZone } from "@/components/time/use-time-zone";
import { StaleNotice } from "@/components/ui/stale-notice";
import { formatWeekRange } from "@/lib/classes/class-time-labels";
import { hasClassAfter, matchesFilters } from "@/lib/classes/timetable";
import type { TimetableParams } from "@/lib/classes/timetable-params";
import type { FilterOption, TimetableFilterOptions, TimetableWeek } from "@/lib/classes/views";
import { currentWeek } from "@/lib/classes/week";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { formatTimeZoneName } from "@/lib/i18n/format";
import { addDaysToDate, todayInZone } from "@/lib/time/zoned";
import { DayStrip } from "./day-strip";
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
  // today on, or the next week with classes when nothing is left of this one. The server has already
  // made that choice when it read the week in this zone: its week is taken, and put in the URL.
  const thisWeek = timeZone ? currentWeek(timeZone) : null;
  const upcomingOnly = !params.week || (thisWeek !== null && params.week < thisWeek);
  const serverMovedOn =
    upcomingOnly &&
    thisWeek !== null &&
    serverWeek?.data.timeZone === timeZone &&
    serverWeek.data.week > thisWeek
      ? serverWeek.data.week
      : null;
  const week = serverMovedOn ?? (upcomingOnly ? thisWeek : params.week);
  useEffect(() => {
    if (serverMovedOn) navigate({ ...params, week: serverMovedOn }, { replace: true });
    else if (upcomingOnly && params.week) navigate({ ...params, week: null }, { replace: true });
  }, [serverMovedOn, upcomingOnly, params, navigate]);
  const query = useTimetableWeek(week && timeZone ? { week, timeZone } : null, serverWeek);
  const { location, instructor, type } = params;
  const shownZone = query.data?.timeZone;
  const today = shownZone ? todayInZone(shownZone) : "";
  const weekDays = useMemo(() => {
    const filters = { locationId: location, instructorId: instructor, serviceId: type };
    return query.data?.days.map((day) => ({
      ...day,
      classes: day.classes.filter((session) => matchesFilters(session, filters)),
    }));
  }, [query.data, location, instructor, type]);
  const days = useMemo(
    () => (upcomingOnly ? weekDays?.filter((day) => day.date >= today) : weekDays),
    [weekDays, upcomingOnly, today],
  );
  const classCount = days?.reduce((total, day) => total + day.classes.length, 0) ?? 0;
  // Judged at the week's read, like each class's status, so the server's render and the browser's agree.
  const nothingLeft =
    upcomingOnly &&
    weekDays !== undefined &&
    !hasClassAfter(
      weekDays,
      { locationId: null, instructorId: null, serviceId: null },
      query.data?.checkedAt ?? 0,
    );
  const zoneField = useRef<HTMLInputElement>(null);
  const studioZones = useMemo(
    () => [...new Set(query.data?.days.flatMap((day) => day.classes.map((session) => session.timeZone)))],
    [query.data],
  );

  return (
    <div className="space-y-4">
      {timeZone ? (
        // The zone the shown week was read in: the one chosen, once its read has arrived.
        <p className="text-sm text-ink-muted">
          {t("timeZone.current", {
            zone: formatTimeZoneName(query.data?.timeZone ?? timeZone, locale, new Date().toISOString()),
          })}{" "}
          <button
            type="button"
            onClick={() => zoneField.current?.focus()}
            className="font-medium text-ink underline underline-offset-4 hover:no-underline"
          >
            {t("timeZone.change")}
          </button>
        </p>
      ) : null}
      <TimetableFilters options={options} params={params} navigate={navigate} />
      {week && timeZone ? (
        <section
          aria-labelledby="timetable-week"
          aria-busy={query.isPlaceholderData || undefined}
          className="space-y-4"
        >
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="timetable-week" className="text-lg font-semibold sm:text-xl">
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
          ) : days && weekDays ? (
            <>
              <DayStrip days={weekDays} today={today} />
              <TimetableDays
                days={days}
                timeZone={query.data.timeZone}
                today={today}
                checkedAt={query.data.checkedAt}
              />
            </>
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
      {timeZone ? (
        // After the classes, not above them, as on the booking page: the note above leads here.
        <div className="max-w-xl pt-2">
          <TimeZonePicker
            value={timeZone}
            onChange={chooseTimeZone}
            locationZones={studioZones}
            inputRef={zoneField}
          />
        </div>
      ) : null}
    </div>
  );
}
