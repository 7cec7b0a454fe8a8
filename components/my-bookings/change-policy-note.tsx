"use client";

import { LateLeaveWarning } from "@/components/classes/late-leave-warning";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ContactLinks } from "@/components/ui/contact-links";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { BookingListItem } from "@/lib/my-bookings/types";

const noteStyle = "rounded-control bg-brand-soft p-3 text-sm";

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
  if (change.allowed && "lateCancel" in change && change.lateCancel && item.kind === "class") {
    return <LateLeaveWarning session={item.booking.session} className={noteStyle} />;
  }
  const note =
    !change.allowed && change.reason === "too_late"
      ? t("bookings.policy.tooLate", { hours: noticeHours, business })
      : !change.allowed && change.reason === "not_changeable"
        ? t("bookings.policy.notChangeable", { business })
        : null;
  // Refusals send the client to the business: its number goes with them.
  return note ? (
    <div className={noteStyle}>
      <p>{note}</p>
      <ContactLinks phone={contact} />
    </div>
  ) : null;
}
