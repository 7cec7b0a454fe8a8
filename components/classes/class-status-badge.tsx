"use client";

import type { ClassAvailability } from "@/lib/classes/class-status";
import { useI18n } from "@/components/i18n/i18n-provider";
import { availabilityLabel } from "./status-labels";

// Each status is a word first; colour only repeats it.
const looks: Record<ClassAvailability, string> = {
  book: "bg-brand text-brand-contrast",
  full: "border border-line text-ink",
  booked: "bg-surface text-success ring-1 ring-success",
  waitlisted: "border border-line text-ink",
  booking_closed: "text-ink-muted",
  started: "text-ink-muted",
  ended: "text-ink-muted",
  cancelled: "text-danger",
};

export function ClassStatusBadge({ availability, id }: { availability: ClassAvailability; id?: string }) {
  const { t } = useI18n();
  return (
    <span
      id={id}
      className={`inline-flex items-center rounded-control px-2 py-0.5 text-sm font-semibold ${looks[availability]}`}
    >
      {t(availabilityLabel[availability])}
    </span>
  );
}
