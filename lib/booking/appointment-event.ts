import type { AppointmentView } from "@/lib/my-bookings/types";
import type { CalendarEvent } from "./calendar-event";

/** The calendar entry for a booked appointment; texts come translated from the caller. */
export function appointmentEvent(
  appointment: Pick<AppointmentView, "id" | "startsAt" | "endsAt" | "location">,
  address: string | null,
  text: { title: string; description?: string },
): CalendarEvent {
  const place = address ? `${appointment.location.title}, ${address}` : appointment.location.title;
  return {
    uid: `${appointment.id}@whautomate-booking-portal`,
    title: text.title,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    location: place,
    description: text.description,
  };
}
