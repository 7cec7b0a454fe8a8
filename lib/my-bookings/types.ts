// What "my bookings" shows: appointments and class places side by side. Pure types, safe for the browser.
import type { OnlineAccess, PublicClassSession } from "@/lib/classes/public-class";
import type { Appointment, BookingStatus, PaymentStatus } from "@/lib/whautomate/types";
import type { AppointmentChangePolicy, LeaveClassPolicy } from "./policy";

/**
 * An appointment as its own client's pages show it. Whautomate files a booking under the client it
 * already holds for the phone number, so its record (name, id, phone) and the notes are never here:
 * whoever merely typed that number would see them.
 */
export type AppointmentView = Pick<
  Appointment,
  "id" | "status" | "statusRaw" | "startsAt" | "endsAt" | "timeZone" | "service" | "addOns" | "paymentStatus"
> & {
  location: { id: string; title: string };
  /** As the business names its staff member; the id books them again. */
  staff: { id: string; name: string } | null;
};

/**
 * The client's place in a class, without the participant's client record. The online link is here
 * only for a booked place, as on the class page (`onlineAccessFor`).
 */
export interface ClassPlaceView {
  participant: { id: string; status: BookingStatus; statusRaw: string; paymentStatus: PaymentStatus | null };
  session: PublicClassSession;
  online: OnlineAccess | null;
}

export type ClientBooking =
  { kind: "appointment"; appointment: AppointmentView } | { kind: "class"; booking: ClassPlaceView };

export type BookingKind = ClientBooking["kind"];

export interface GroupedBookings {
  upcoming: ClientBooking[];
  past: ClientBooking[];
  cancelled: ClientBooking[];
}

/** A booking as the list shows it, with what the client may do to it now (decided on the server). */
export type BookingListItem =
  | { kind: "appointment"; appointment: AppointmentView; change: AppointmentChangePolicy | null }
  | { kind: "class"; booking: ClassPlaceView; change: LeaveClassPolicy | null };
