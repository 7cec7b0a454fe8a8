"use client";

import { Link } from "@/components/ui/link";
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useHourCycle } from "@/components/time/use-hour-cycle";
import { deriveClassAvailability } from "@/lib/classes/class-status";
import { classTimeLabels } from "@/lib/classes/class-time-labels";
import type { TimetableClass } from "@/lib/classes/public-class";
import { formatDuration } from "@/lib/i18n/format";
import { ClassStatusBadge } from "./class-status-badge";
import { SpotsLeft } from "./spots-left";

export function ClassCard({
  session,
  timeZone,
  checkedAt,
}: {
  session: TimetableClass;
  timeZone: string;
  checkedAt: number;
}) {
  const { t, locale } = useI18n();
  const statusId = useId();
  const availability = deriveClassAvailability(session, checkedAt);
  const [hourCycle] = useHourCycle();
  const labels = classTimeLabels(session, timeZone, locale, hourCycle === "h12");
  const cancelled = availability === "cancelled";
  return (
    <article className="relative space-y-1 rounded-card border border-line bg-surface p-3 shadow-sm focus-within:ring-2 focus-within:ring-brand">
      <p className="text-sm font-semibold">
        <time dateTime={session.startsAt}>{labels.time}</time>
        <span className="font-normal text-ink-muted">
          {" "}
          · {formatDuration(session.service.durationMinutes, locale)}
        </span>
      </p>
      {labels.studioTime ? (
        <p className="text-xs text-ink-muted">{t("classes.classZoneTime", { time: labels.studioTime })}</p>
      ) : null}
      <h4 className="font-semibold leading-snug">
        <Link
          href={`/classes/${encodeURIComponent(session.id)}?tz=${encodeURIComponent(timeZone)}`}
          aria-label={`${session.name}, ${labels.day}, ${labels.time}`}
          aria-describedby={statusId}
          className={`text-ink underline-offset-4 after:absolute after:inset-0 after:rounded-card hover:underline focus-visible:outline-none ${cancelled ? "line-through" : ""}`}
        >
          {session.name}
        </Link>
      </h4>
      {session.instructor ? (
        <p className="text-sm text-ink-muted">
          {t("classes.withInstructor", { name: session.instructor.name })}
        </p>
      ) : null}
      <p className="text-sm text-ink-muted">
        {session.location.title}
        {session.isOnline ? ` · ${t("classes.online")}` : null}
      </p>
      {availability === "cancelled" || availability === "ended" ? null : (
        <p className="text-sm">
          <SpotsLeft session={session} />
        </p>
      )}
      <ClassStatusBadge availability={availability} id={statusId} />
    </article>
  );
}
