import type { Appointment, Location } from "@/lib/whautomate/types";
import type { CalendarEvent } from "./calendar-event";

/** The calendar entry for a booked appointment; texts come translated from the caller. */
export function appointmentEvent(
  appointment: Appointment,
  location: Location | null,
  text: { title: string; description?: string },
): CalendarEvent {
  const place = location?.address
    ? `${appointment.location.title}, ${location.address}`
    : appointment.location.title;
  return {
    uid: `${appointment.id}@whautomate-booking-portal`,
    title: text.title,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    location: place,
    description: text.description,
  };
}
