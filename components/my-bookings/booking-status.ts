import type { BookingListItem } from "@/lib/my-bookings/types";
import type { Translate } from "@/lib/i18n/translate";

/** Status in words: a class the business cancelled says so, whatever the client's place says. */
export function bookingStatusText(item: BookingListItem, t: Translate, business: string): string {
  if (item.kind === "class" && item.booking.session.status === "cancelled") {
    return t("bookings.status.classCancelled", { business });
  }
  const { status, statusRaw } = item.kind === "appointment" ? item.appointment : item.booking.participant;
  return status === "unknown"
    ? t("bookings.status.unknown", { status: statusRaw })
    : t(`bookings.status.${status}`);
}
