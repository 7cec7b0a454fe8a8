"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useTimeFormat } from "@/components/time/use-time-format";

/**
 * A time that cannot be booked: "taken" went to someone else while the client was booking,
 * "unavailable" came in a link but is not free (never was, or no longer).
 */
export interface UnavailableTime {
  reason: "taken" | "unavailable";
  at: string;
  /** The nearest free start instants. */
  alternatives: string[];
}

const headlines = {
  taken: { some: "booking.slotTaken", none: "booking.slotTaken.none" },
  unavailable: { some: "booking.timeUnavailable", none: "booking.timeUnavailable.none" },
} as const;

/** The chosen time cannot be booked: say so plainly and offer the nearest free times. */
export function SlotTakenPanel({
  reason,
  takenAt,
  alternatives,
  chosen,
  timeZone,
  onChoose,
  anotherDayHref,
}: {
  reason: UnavailableTime["reason"];
  takenAt: string;
  alternatives: string[];
  chosen: string;
  timeZone: string;
  onChoose: (startsAt: string) => void;
  anotherDayHref: string;
}) {
  const { t } = useI18n();
  const format = useTimeFormat(timeZone);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [takenAt]);
  const takenTime = format.time(takenAt);
  const picked = alternatives.find((startsAt) => startsAt === chosen);
  return (
    <div ref={panel} tabIndex={-1} className="space-y-3 rounded-card border border-danger/40 bg-surface p-4">
      <p role="alert" className="font-medium text-danger">
        {t(headlines[reason][alternatives.length > 0 ? "some" : "none"], { time: takenTime })}
      </p>
      {alternatives.length > 0 ? (
        <ul className="grid gap-2 sm:grid-cols-2">
          {alternatives.map((startsAt) => {
            const label = t("booking.details.when", {
              date: format.date(startsAt),
              time: format.time(startsAt),
            });
            return (
              <li key={startsAt}>
                <button
                  type="button"
                  aria-pressed={startsAt === chosen}
                  onClick={() => onChoose(startsAt)}
                  className="min-h-11 w-full rounded-control border border-brand px-3 py-2 text-start font-medium text-brand aria-pressed:bg-brand aria-pressed:text-brand-contrast"
                >
                  {label}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p aria-live="polite" className="text-sm">
        {picked ? t("booking.slotTaken.chosen", { time: format.time(picked) }) : null}
      </p>
      <Link href={anotherDayHref} className="inline-block text-sm font-medium text-brand underline">
        {t("booking.slotTaken.pickAnother")}
      </Link>
    </div>
  );
}
