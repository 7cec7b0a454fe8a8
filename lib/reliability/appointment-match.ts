import type { Appointment, BookingStatus } from "@/lib/whautomate/types";

const LIVE_STATUSES: ReadonlySet<BookingStatus> = new Set(["booked", "rescheduled"]);

export interface PlacedAppointmentTarget {
  locationId: string;
  serviceId: string;
  /** UTC ISO instant. */
  startsAt: string;
}

export function isLiveAppointment(appointment: Pick<Appointment, "status">): boolean {
  return LIVE_STATUSES.has(appointment.status);
}

/** The live appointment at that instant for that service and location, if the client has one. */
export function findPlacedAppointment(
  appointments: Appointment[],
  target: PlacedAppointmentTarget,
): Appointment | null {
  const instant = Date.parse(target.startsAt);
  return (
    appointments.find(
      (appointment) =>
        isLiveAppointment(appointment) &&
        appointment.service.id === target.serviceId &&
        appointment.location.id === target.locationId &&
        Date.parse(appointment.startsAt) === instant,
    ) ?? null
  );
}
