"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { formatWallDate } from "@/lib/i18n/format";
import type { RequestedDayNote as Note } from "@/lib/booking/requested-day";

/** Why the calendar opened on another day than the link's. */
export function RequestedDayNote({ note }: { note: Note }) {
  const { t, locale } = useI18n();
  return (
    <p role="status" className="rounded-card bg-brand-soft px-4 py-3 text-sm">
      {note.kind === "closed"
        ? t("booking.calendar.dateClosed", {
            requested: formatWallDate(note.requested, locale),
            shown: formatWallDate(note.shown, locale),
          })
        : note.kind === "past"
          ? t("booking.calendar.datePast")
          : t("booking.calendar.dateUnreadable")}
    </p>
  );
}
