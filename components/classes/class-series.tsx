"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { failureMessage, type FailureMessages } from "@/components/forms/failure-message";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeFormat } from "@/components/time/use-time-format";
import { buttonStyles } from "@/components/ui/button-styles";
import { unwrap } from "@/lib/actions/result";
import {
  deriveClassAvailability,
  type ClassAvailability,
  type Participation,
} from "@/lib/classes/class-status";
import type { ClassSeries } from "@/lib/classes/views";
import { getJson } from "@/lib/http/get-json";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { classKeys } from "./keys";
import { LoadError } from "./load-error";
import { availabilityLabel } from "./status-labels";
import {
  joinClassSeries,
  type SeriesDateOutcome,
  type SeriesJoinCode,
  type SeriesJoinResult,
} from "./join-series-action";

const seriesFailures: FailureMessages<SeriesJoinCode> = {
  needs_place: "classes.series.joinFirst",
  invalid: "classes.series.changed",
  rate_limited: "classes.error.tooManyJoins",
};

const outcomeMessages: Record<SeriesDateOutcome, MessageKey> = {
  booked: "classes.series.outcome.booked",
  waitlisted: "classes.series.outcome.waitlisted",
  full: "classes.series.outcome.full",
  booking_closed: "classes.series.outcome.closed",
  started: "classes.series.outcome.closed",
  cancelled: "classes.series.outcome.cancelled",
  already_booked: "classes.series.outcome.alreadyBooked",
  already_waitlisted: "classes.series.outcome.alreadyWaitlisted",
  not_joined: "classes.series.outcome.failed",
  failed: "classes.series.outcome.failed",
  unconfirmed: "classes.series.outcome.unconfirmed",
};

/** Outcomes that leave the client with a place on that date (one they had already counts). */
const placedOutcomes = new Set<SeriesDateOutcome>([
  "booked",
  "waitlisted",
  "already_booked",
  "already_waitlisted",
]);

/**
 * The next dates of a weekly class, to book in one go by a client who holds this one (or proved who
 * they are). Each date is its own booking, and what became of each is said, date by date.
 */
export function ClassSeriesPanel({
  classId,
  timeZone,
  participation,
}: {
  classId: string;
  timeZone: string;
  /** The visitor's place in this class: joining it is what lets them book the series. */
  participation: Participation;
}) {
  const { t } = useI18n();
  const id = useId();
  const format = useTimeFormat(timeZone);
  const queryClient = useQueryClient();
  const series = useQuery({
    queryKey: [...classKeys.series(classId), participation],
    queryFn: ({ signal }) =>
      getJson<ClassSeries>(`/api/classes/${encodeURIComponent(classId)}/series`, {}, signal),
  });
  const [unchosen, setUnchosen] = useState<Set<string>>(new Set());
  const [waitlist, setWaitlist] = useState(true);
  const results = useRef<HTMLDivElement>(null);
  const join = useMutation({
    mutationFn: async (input: { classIds: string[]; waitlist: boolean }) =>
      unwrap(await joinClassSeries({ classId, ...input })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: classKeys.series(classId) }),
        queryClient.invalidateQueries({ queryKey: classKeys.weeks() }),
      ]),
  });

  // Once the answers are on screen, so a screen reader reads them and the keyboard continues there.
  useEffect(() => {
    if (join.data) results.current?.focus();
  }, [join.data]);

  const data = series.data;
  // While it loads the panel stays out of the way: most classes have no weekly series to offer.
  if (!data && series.isError) {
    return (
      <LoadError
        title={t("classes.series.loadFailed")}
        message={failureMessage(t, series.error, {}) ?? t("error.generic")}
        onRetry={() => void series.refetch()}
      />
    );
  }
  if (!data || data.classes.length === 0) return null;
  const rows = data.classes.map((session) => ({
    session,
    availability: deriveClassAvailability(session, data.checkedAt),
  }));
  const takeable = (availability: ClassAvailability) =>
    data.canBook && (availability === "book" || (availability === "full" && waitlist));
  const chosen = rows.filter((row) => takeable(row.availability) && !unchosen.has(row.session.id));
  const anyFull = rows.some((row) => row.availability === "full");
  // Once every date is taken (or closed), there is nothing left to book here, only to read.
  const anyOpen = rows.some((row) => row.availability === "book" || row.availability === "full");

  function toggle(classIdToToggle: string) {
    setUnchosen((current) => {
      const next = new Set(current);
      if (!next.delete(classIdToToggle)) next.add(classIdToToggle);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0 || join.isPending) return;
    join.mutate({ classIds: chosen.map((row) => row.session.id), waitlist });
  }

  const when = (session: { startsAt: string }) =>
    `${format.date(session.startsAt)}, ${format.time(session.startsAt)}`;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-card border border-line bg-surface p-4"
    >
      <div className="space-y-1">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {t("classes.series.heading")}
        </h2>
        <p className="text-ink-muted">
          {t(data.canBook ? "classes.series.intro" : "classes.series.joinFirst")}
        </p>
      </div>
      <div ref={results} tabIndex={-1} role="status" className="space-y-2 empty:hidden">
        {join.data ? <SeriesResults results={join.data} when={when} /> : null}
      </div>
      {join.isError ? (
        <p role="alert" className="rounded-control border border-danger/50 p-3 font-medium text-danger">
          {failureMessage(t, join.error, seriesFailures)}
        </p>
      ) : null}
      <form onSubmit={submit} className="space-y-3">
        <fieldset className="space-y-1">
          <legend className="sr-only">{t("classes.series.dates")}</legend>
          <ul className="divide-y divide-line">
            {rows.map(({ session, availability }) => {
              // A full date is still open to its waitlist; an open one says how many spots are left.
              const status =
                availability === "full"
                  ? "classes.series.fullWaitlist"
                  : availability === "book"
                    ? null
                    : availabilityLabel[availability];
              return (
                <li key={session.id}>
                  <label className="flex min-h-11 items-center gap-3 py-2">
                    <input
                      type="checkbox"
                      className="size-5 accent-brand"
                      disabled={!takeable(availability) || join.isPending}
                      checked={takeable(availability) && !unchosen.has(session.id)}
                      onChange={() => toggle(session.id)}
                    />
                    <span className="flex flex-wrap gap-x-2">
                      <span className="font-medium">{when(session)}</span>
                      <span className="text-ink-muted">
                        {status
                          ? t(status)
                          : t("classes.spotsLeft", { count: session.spotsLeft, capacity: session.capacity })}
                      </span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {data.canBook && anyOpen ? (
          <>
            {anyFull ? (
              <label className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  className="size-5 accent-brand"
                  checked={waitlist}
                  disabled={join.isPending}
                  onChange={(event) => setWaitlist(event.target.checked)}
                />
                {t("classes.series.waitlistFull")}
              </label>
            ) : null}
            <button
              type="submit"
              className={buttonStyles.primary}
              disabled={chosen.length === 0}
              aria-disabled={join.isPending || undefined}
            >
              {join.isPending
                ? t("classes.series.pending")
                : t("classes.series.submit", { count: chosen.length })}
            </button>
          </>
        ) : null}
      </form>
    </section>
  );
}

function SeriesResults({
  results,
  when,
}: {
  results: SeriesJoinResult[];
  when: (session: { startsAt: string }) => string;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="font-medium">{t("classes.series.resultsHeading")}</p>
      <ul className="space-y-1">
        {results.map((result) => (
          <li key={result.classId} className="flex flex-wrap gap-x-2">
            <span>{when(result)}</span>
            <span
              className={`font-medium ${placedOutcomes.has(result.outcome) ? "text-brand" : "text-danger"}`}
            >
              {t(outcomeMessages[result.outcome])}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
