"use client";

import type { ClassAvailability } from "@/lib/classes/class-status";
import { useI18n } from "@/components/i18n/i18n-provider";
import { availabilityLabel } from "./status-labels";

// Each status is a word first; colour only repeats it. A pill with a dot and no fill, so no status
// (least of all "Available") can be mistaken for a button.
const looks: Record<ClassAvailability, string> = {
  book: "text-success",
  full: "text-ink",
  booked: "text-success",
  waitlisted: "text-ink",
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
      className={`inline-flex items-center gap-1.5 rounded-full border border-line px-2.5 py-0.5 text-sm font-medium ${looks[availability]}`}
    >
      <span aria-hidden="true" className="size-2 rounded-full bg-current" />
      {t(availabilityLabel[availability])}
    </span>
  );
}
