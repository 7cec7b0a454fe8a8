"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useHourCycle } from "@/components/time/use-hour-cycle";
import { classTimeLabels } from "@/lib/classes/class-time-labels";
import { classLocationText, classPriceText } from "@/lib/classes/class-terms";
import type { PublicClassSession } from "@/lib/classes/public-class";
import { formatDuration, formatTimeZoneName } from "@/lib/i18n/format";
import { MapLink } from "@/components/ui/map-link";
import { SpotsLeft } from "./spots-left";

export function ClassFacts({
  session,
  timeZone,
  currency,
  showSpots,
  mapHref,
}: {
  session: PublicClassSession;
  timeZone: string;
  currency: string;
  showSpots: boolean;
  mapHref: string | null;
}) {
  const { t, locale } = useI18n();
  const price = classPriceText(session.service.price, currency, t, locale);
  const [hourCycle] = useHourCycle();
  const labels = classTimeLabels(session, timeZone, locale, hourCycle === "h12");
  const facts = [
    {
      term: t("classes.detail.when"),
      value: (
        <>
          <time dateTime={session.startsAt}>
            {labels.day}, {labels.time}
          </time>{" "}
          <span className="text-ink-muted">({formatTimeZoneName(timeZone, locale, session.startsAt)})</span>
          {labels.studioTime ? (
            <span className="block text-sm text-ink-muted">
              {t("classes.classZoneTime", { time: labels.studioTime })}
            </span>
          ) : null}
        </>
      ),
    },
    { term: t("classes.detail.duration"), value: formatDuration(session.service.durationMinutes, locale) },
    ...(session.instructor ? [{ term: t("classes.detail.instructor"), value: session.instructor.name }] : []),
    {
      term: t("classes.detail.location"),
      value: (
        <>
          {classLocationText(session, t)}
          {session.isOnline ? null : (
            <span className="block">
              <MapLink href={mapHref} location={session.location.title} />
            </span>
          )}
        </>
      ),
    },
    ...(price === null ? [] : [{ term: t("classes.detail.price"), value: price }]),
    ...(showSpots ? [{ term: t("classes.detail.spots"), value: <SpotsLeft session={session} /> }] : []),
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
      {facts.map((fact) => (
        <div key={fact.term} className="contents">
          <dt className="font-medium text-ink-muted">{fact.term}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
