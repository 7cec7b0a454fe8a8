"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { BookingListItem } from "@/lib/my-bookings/types";

/** Where a change is not offered, or comes at a cost, the reason stands in place of a dead button. */
export function ChangePolicyNote({
  item,
  business,
  noticeHours,
}: {
  item: BookingListItem;
  business: string;
  noticeHours: number;
}) {
  const { t } = useI18n();
  const { change } = item;
  if (!change) return null;
  let note: string | null = null;
  if (!change.allowed && change.reason === "too_late") {
    note = t("bookings.policy.tooLate", { hours: noticeHours, business });
  } else if (!change.allowed && change.reason === "not_changeable") {
    note = t("bookings.policy.notChangeable", { business });
  } else if (change.allowed && "lateCancel" in change && change.lateCancel && item.kind === "class") {
    const minutes = item.booking.session.cancelCutoffMinutes ?? 0;
    note = t("bookings.policy.lateLeave", { hours: Math.round(minutes / 6) / 10 });
  }
  return note ? <p className="rounded-control bg-brand-soft p-3 text-sm">{note}</p> : null;
}
