"use client";

import { Link } from "@/components/ui/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ServerAnswer } from "@/components/query/server-answer";
import { useTimeZone } from "@/components/time/use-time-zone";
import { StaleNotice } from "@/components/ui/stale-notice";
import { deriveClassAvailability } from "@/lib/classes/class-status";
import { timetableHref } from "@/lib/classes/timetable-params";
import type { ClassDetail } from "@/lib/classes/views";
import type { LocationContact } from "@/lib/contact/location-contacts";
import { mondayOf } from "@/lib/classes/week";
import { utcToZonedParts } from "@/lib/time/zoned";
import { ClassActions } from "./class-actions";
import { ClassSeriesPanel } from "./class-series";
import { ClassFacts } from "./class-facts";
import { ClassStatusBadge } from "./class-status-badge";
import { OnlineAccess } from "./online-access";
import { useClassDetail } from "./use-class-detail";

export function ClassDetailView({
  initialDetail,
  defaultCountry,
  contact,
  currency,
  savedTimeZone,
}: {
  initialDetail: ServerAnswer<ClassDetail>;
  defaultCountry: string;
  /** The class location's number and map. */
  contact: LocationContact | null;
  /** The business's ISO 4217 currency. */
  currency: string;
  /** The zone this browser used last time (cookie), if any. */
  savedTimeZone: string | null;
}) {
  const { t } = useI18n();
  const detail = useClassDetail(initialDetail.data.session.id, initialDetail);
  const { session } = detail;
  // Until the browser says otherwise: the zone it used last time, else the class's own.
  const [timeZone] = useTimeZone(savedTimeZone ?? session.timeZone);
  const availability = deriveClassAvailability(
    { ...session, participation: detail.participation },
    detail.checkedAt,
  );
  const week = mondayOf(utcToZonedParts(session.startsAt, timeZone).date);
  const backHref = timetableHref({ week, tz: timeZone, location: null, instructor: null, type: null });
  const cancelled = availability === "cancelled";

  return (
    <article aria-labelledby="class-title" className="space-y-6">
      <Link href={backHref} className="inline-block font-medium text-brand underline underline-offset-4">
        {t("classes.detail.back")}
      </Link>
      <header className="space-y-2">
        <h1
          id="class-title"
          className={`text-2xl font-semibold tracking-tight sm:text-3xl ${cancelled ? "line-through" : ""}`}
        >
          {session.name}
        </h1>
        <ClassStatusBadge availability={availability} />
      </header>
      {detail.stale ? <StaleNotice message={t("error.staleData")} /> : null}
      <ClassFacts
        session={session}
        timeZone={timeZone}
        currency={currency}
        showSpots={!cancelled && availability !== "ended"}
        mapHref={contact?.mapHref ?? null}
      />
      {session.isOnline ? <OnlineAccess access={detail.online} /> : null}
      <ClassActions
        detail={detail}
        availability={availability}
        defaultCountry={defaultCountry}
        contact={contact?.phone ?? null}
        currency={currency}
      />
      <ClassSeriesPanel classId={session.id} timeZone={timeZone} participation={detail.participation} />
    </article>
  );
}
