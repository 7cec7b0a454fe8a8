import "server-only";
import { createManageLink } from "@/lib/my-bookings/manage-link";
import { getOwnedAppointment } from "@/lib/my-bookings/owned";
import { visitorName } from "@/lib/my-bookings/visitor-name";
import { readSession } from "@/lib/session/session-cookie";
import type { Session } from "@/lib/session/session-payload";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import { getLocation } from "@/lib/whautomate";
import type { Appointment, Location } from "@/lib/whautomate/types";
import { toConfirmationView, type AppointmentConfirmation } from "./confirmation-view";

async function readOwned(
  appointmentId: string,
): Promise<{ appointment: Appointment; location: Location | null; session: Session } | null> {
  if (!UPSTREAM_ID.test(appointmentId)) return null;
  const session = await readSession();
  if (!session) return null;
  const appointment = await getOwnedAppointment(session, appointmentId);
  if (!appointment) return null;
  // The address is a nicety: the title from the appointment is enough when it cannot be read.
  const location = await getLocation(appointment.location.id).catch(() => null);
  return { appointment, location, session };
}

/**
 * The signed-in client's own appointment and its location, or null: "no such appointment",
 * "someone else's" and "not signed in" are deliberately the same answer.
 */
export async function readOwnedConfirmation(
  appointmentId: string,
): Promise<{ appointment: Appointment; location: Location | null } | null> {
  const owned = await readOwned(appointmentId);
  return owned && { appointment: owned.appointment, location: owned.location };
}

/** As `readOwnedConfirmation`, reduced to what the confirmation page shows. */
export async function readConfirmationView(appointmentId: string): Promise<AppointmentConfirmation | null> {
  const owned = await readOwned(appointmentId);
  if (!owned) return null;
  const { appointment, location, session } = owned;
  return toConfirmationView(appointment, location, {
    bookedFor: await visitorName(session),
    manageLink: createManageLink("appointment", appointment.id, appointment.client.id, appointment.startsAt),
  });
}
