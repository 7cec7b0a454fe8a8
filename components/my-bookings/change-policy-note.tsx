"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { ContactLinks } from "@/components/ui/contact-links";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { BookingListItem } from "@/lib/my-bookings/types";

/** Where a change is not offered, or comes at a cost, the reason stands in place of a dead button. */
export function ChangePolicyNote({
  item,
  business,
  noticeHours,
  contact,
}: {
  item: BookingListItem;
  business: string;
  noticeHours: number;
  contact: BusinessPhone | null;
}) {
  const { t } = useI18n();
  const { change } = item;
  if (!change) return null;
  let note: string | null = null;
  // Refusals send the client to the business: its number goes with them.
  const refused = !change.allowed && (change.reason === "too_late" || change.reason === "not_changeable");
  if (!change.allowed && change.reason === "too_late") {
    note = t("bookings.policy.tooLate", { hours: noticeHours, business });
  } else if (!change.allowed && change.reason === "not_changeable") {
    note = t("bookings.policy.notChangeable", { business });
  } else if (change.allowed && "lateCancel" in change && change.lateCancel && item.kind === "class") {
    const minutes = item.booking.session.cancelCutoffMinutes ?? 0;
    note = t("bookings.policy.lateLeave", { hours: Math.round(minutes / 6) / 10 });
  }
  return note ? (
    <div className="rounded-control bg-brand-soft p-3 text-sm">
      <p>{note}</p>
      {refused ? <ContactLinks phone={contact} /> : null}
    </div>
  ) : null;
}
