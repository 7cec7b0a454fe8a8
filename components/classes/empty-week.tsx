"use client";

import { useEffect } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { Skeleton } from "@/components/ui/skeleton";
import { formatWeekRange } from "@/lib/classes/class-time-labels";
import { timetableHref, type TimetableParams } from "@/lib/classes/timetable-params";
import { addDaysToDate } from "@/lib/time/zoned";
import { HistoryLink } from "./history-link";
import { useNextClassWeek } from "./use-next-class-week";

/**
 * An empty week never ends the visit: it points to the next week that has a matching class. When
 * the timetable opened on what is next and nothing is left of this week, it goes there by itself.
 */
export function EmptyWeek({
  params,
  week,
  timeZone,
  navigate,
  restOfWeek,
}: {
  params: TimetableParams;
  week: string;
  timeZone: string;
  navigate: (next: TimetableParams, options?: { replace?: boolean }) => void;
  /** Only the rest of this week was looked at (from today on). */
  restOfWeek: boolean;
}) {
  const { t, locale } = useI18n();
  const filtered = Boolean(params.location || params.instructor || params.type);
  const next = useNextClassWeek({
    week,
    timeZone,
    locationId: params.location,
    instructorId: params.instructor,
    serviceId: params.type,
  });
  const target = next.data ? { ...params, week: next.data } : null;
  useEffect(() => {
    if (restOfWeek && next.data) navigate({ ...params, week: next.data }, { replace: true });
  }, [restOfWeek, next.data, params, navigate]);
  const message = filtered
    ? "classes.emptyWeekFiltered"
    : restOfWeek
      ? "classes.nothingLeftThisWeek"
      : "classes.emptyWeek";
  return (
    <div className="space-y-3 rounded-card border border-line bg-surface p-4">
      <p className="font-medium">{t(message)}</p>
      {next.isPending ? (
        <div role="status">
          <span className="sr-only">{t("loading.label")}</span>
          <Skeleton className="h-11 w-56" />
        </div>
      ) : target && next.data ? (
        <HistoryLink
          href={timetableHref(target)}
          onNavigate={() => navigate(target)}
          className={buttonStyles.primary}
        >
          {t("classes.nextWeekWithClasses", {
            date: formatWeekRange(next.data, addDaysToDate(next.data, 6), locale),
          })}
        </HistoryLink>
      ) : next.isSuccess ? (
        <p className="text-ink-muted">{t("classes.noUpcoming")}</p>
      ) : null}
      {filtered ? (
        <button
          type="button"
          onClick={() => navigate({ ...params, location: null, instructor: null, type: null })}
          className={buttonStyles.quiet}
        >
          {t("classes.filter.clear")}
        </button>
      ) : null}
    </div>
  );
}
