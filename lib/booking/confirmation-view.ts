import { businessPhone, type BusinessPhone } from "@/lib/contact/business-phone";
import type { AppointmentView } from "@/lib/my-bookings/types";
import { toAppointmentView } from "@/lib/my-bookings/views";
import type { Appointment, Location } from "@/lib/whautomate/types";

/** Everything a confirmation shows, and nothing else: its page data is only ever this. */
export interface AppointmentConfirmation {
  appointment: AppointmentView;
  /** The location's street address, when it could be read. */
  address: string | null;
  /** How to reach the location, for what cannot be changed online. */
  contact: BusinessPhone | null;
  /** The name this visitor may see it booked for (`visitorName`), or null to show none. */
  bookedFor: string | null;
  /** Opens this booking from any device; shown only while it may still be changed. */
  manageLink: string;
}

export function toConfirmationView(
  appointment: Appointment,
  location: Location | null,
  visitor: { bookedFor: string | null; manageLink: string },
): AppointmentConfirmation {
  return {
    appointment: toAppointmentView(appointment),
    address: location?.address || null,
    contact: businessPhone(location?.phone),
    bookedFor: visitor.bookedFor,
    manageLink: visitor.manageLink,
  };
}
