import "server-only";
import { getOwnedAppointment } from "@/lib/bookings/owned";
import { readSession } from "@/lib/session/session-cookie";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import { getLocation } from "@/lib/whautomate";
import type { Appointment, Location } from "@/lib/whautomate/types";

/**
 * The signed-in client's own appointment and its location, or null: "no such appointment",
 * "someone else's" and "not signed in" are deliberately the same answer.
 */
export async function readOwnedConfirmation(
  appointmentId: string,
): Promise<{ appointment: Appointment; location: Location | null } | null> {
  if (!UPSTREAM_ID.test(appointmentId)) return null;
  const session = await readSession();
  if (!session) return null;
  const appointment = await getOwnedAppointment(session, appointmentId);
  if (!appointment) return null;
  // The address is a nicety: the title from the appointment is enough when it cannot be read.
  const location = await getLocation(appointment.location.id).catch(() => null);
  return { appointment, location };
}
