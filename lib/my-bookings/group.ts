import type { ClientBooking, GroupedBookings } from "./types";

export function bookingStartsAt(booking: ClientBooking): string {
  return booking.kind === "appointment" ? booking.appointment.startsAt : booking.booking.session.startsAt;
}

export function bookingEndsAt(booking: ClientBooking): string {
  return booking.kind === "appointment" ? booking.appointment.endsAt : booking.booking.session.endsAt;
}

export function bookingId(booking: ClientBooking): string {
  return booking.kind === "appointment" ? booking.appointment.id : booking.booking.participant.id;
}

export function isCancelledBooking(booking: ClientBooking): boolean {
  if (booking.kind === "appointment") return booking.appointment.status === "cancelled";
  return booking.booking.participant.status === "cancelled" || booking.booking.session.status === "cancelled";
}

function isOver(booking: ClientBooking, now: Date): boolean {
  if (booking.kind === "appointment") {
    const { status } = booking.appointment;
    if (status === "visited" || status === "no_show") return true;
  }
  return Date.parse(bookingEndsAt(booking)) <= now.getTime();
}

const byStart = (a: ClientBooking, b: ClientBooking) =>
  Date.parse(bookingStartsAt(a)) - Date.parse(bookingStartsAt(b)) || bookingId(a).localeCompare(bookingId(b));

export type BookingSection = keyof GroupedBookings;

/** Where a booking stands for its client: still to come, over, or cancelled. */
export function bookingSection(booking: ClientBooking, now: Date): BookingSection {
  if (isCancelledBooking(booking)) return "cancelled";
  return isOver(booking, now) ? "past" : "upcoming";
}

/** Upcoming soonest first; past and cancelled most recent first, which is what people look for. */
export function groupBookings(bookings: ClientBooking[], now: Date): GroupedBookings {
  const sorted = [...bookings].sort(byStart);
  const groups: GroupedBookings = { upcoming: [], past: [], cancelled: [] };
  for (const booking of sorted) groups[bookingSection(booking, now)].push(booking);
  groups.past.reverse();
  groups.cancelled.reverse();
  return groups;
}

export function sortBookings(bookings: ClientBooking[]): ClientBooking[] {
  return [...bookings].sort(byStart);
}
