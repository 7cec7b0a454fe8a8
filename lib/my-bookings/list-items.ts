import { canChangeAppointment, canLeaveClass } from "./policy";
import type { BookingListItem, ClientBooking } from "./types";

/** Attaches what may be done now; only upcoming bookings offer changes at all. */
export function toListItems(
  bookings: ClientBooking[],
  { now, noticeHours, changeable }: { now: Date; noticeHours: number; changeable: boolean },
): BookingListItem[] {
  return bookings.map((booking) =>
    booking.kind === "appointment"
      ? {
          ...booking,
          change: changeable ? canChangeAppointment(booking.appointment, now, noticeHours) : null,
        }
      : { ...booking, change: changeable ? canLeaveClass(booking.booking, now) : null },
  );
}
