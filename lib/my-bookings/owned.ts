import "server-only";
import {
  getAppointment,
  getClass,
  listAppointments,
  listClassParticipants,
  listClientClassBookings,
  UpstreamNotFoundError,
} from "@/lib/whautomate";
import { mayAccessBooking, type Session } from "@/lib/session/session-payload";
import type { Appointment, ClassBooking } from "@/lib/whautomate/types";
import { sortBookings } from "./group";
import type { ClientBooking } from "./types";
import { toAppointmentView, toClassPlaceView } from "./views";

// Every read of a booking on someone's behalf goes through here. "Not found", "someone else's" and
// "theirs, but this visitor has not proved it" (an unverified session without a grant for it) are all
// null, so no caller can tell them apart or leak which ids exist.

async function nullWhenNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof UpstreamNotFoundError) return null;
    throw error;
  }
}

export async function getOwnedAppointment(
  viewer: Session,
  appointmentId: string,
): Promise<Appointment | null> {
  if (!mayAccessBooking(viewer, appointmentId)) return null;
  const appointment = await nullWhenNotFound(getAppointment(appointmentId));
  return appointment && appointment.client.id === viewer.clientId ? appointment : null;
}

/** The client's place in a class: the live one when there is one, else their latest cancelled one. */
export async function getOwnedClassParticipation(
  viewer: Session,
  classId: string,
): Promise<ClassBooking | null> {
  if (!mayAccessBooking(viewer, classId)) return null;
  const { clientId } = viewer;
  const [session, participants] = await Promise.all([
    nullWhenNotFound(getClass(classId)),
    nullWhenNotFound(listClassParticipants(classId)),
  ]);
  if (!session || !participants) return null;
  const own = participants.filter((participant) => participant.client.id === clientId);
  const participant = own.find((p) => p.status !== "cancelled") ?? own.at(-1);
  return participant ? { participant, session } : null;
}

/** Everything the client booked, in time order. The owner is checked again in case a filter is ignored. */
export async function listClientBookings(viewer: Session): Promise<ClientBooking[]> {
  const { clientId } = viewer;
  const [appointments, classBookings] = await Promise.all([
    nullWhenNotFound(listAppointments({ clientId })),
    nullWhenNotFound(listClientClassBookings(clientId)),
  ]);
  return sortBookings([
    ...(appointments ?? [])
      .filter((appointment) => appointment.client.id === clientId && mayAccessBooking(viewer, appointment.id))
      .map((appointment) => ({ kind: "appointment" as const, appointment: toAppointmentView(appointment) })),
    ...(classBookings ?? [])
      .filter(
        (booking) =>
          booking.participant.client.id === clientId && mayAccessBooking(viewer, booking.session.id),
      )
      .map((booking) => ({ kind: "class" as const, booking: toClassPlaceView(booking) })),
  ]);
}
