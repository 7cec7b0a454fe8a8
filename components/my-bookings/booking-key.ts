import type { ClientBooking } from "@/lib/my-bookings/types";

export function bookingKey(booking: ClientBooking): string {
  return booking.kind === "appointment"
    ? `appointment:${booking.appointment.id}`
    : `class:${booking.booking.session.id}:${booking.booking.participant.id}`;
}
