// What "my bookings" shows: appointments and class places side by side. Pure types, safe for the browser.
import type { Appointment, ClassBooking } from "@/lib/whautomate/types";
import type { AppointmentChangePolicy, LeaveClassPolicy } from "./policy";

// Client components take the booking shapes from here, never from the upstream's folder.
export type { Appointment, ClassSession } from "@/lib/whautomate/types";

export type ClientBooking =
  { kind: "appointment"; appointment: Appointment } | { kind: "class"; booking: ClassBooking };

export type BookingKind = ClientBooking["kind"];

export interface GroupedBookings {
  upcoming: ClientBooking[];
  past: ClientBooking[];
  cancelled: ClientBooking[];
}

/** A booking as the list shows it, with what the client may do to it now (decided on the server). */
export type BookingListItem =
  | { kind: "appointment"; appointment: Appointment; change: AppointmentChangePolicy | null }
  | { kind: "class"; booking: ClassBooking; change: LeaveClassPolicy | null };
