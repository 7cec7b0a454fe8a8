import "server-only";
import { getOwnedAppointment } from "@/lib/my-bookings/owned";
import { canChangeAppointment, type ChangeRefusal } from "@/lib/my-bookings/policy";
import { env } from "@/lib/env";
import { readSession } from "@/lib/session/session-cookie";
import type { Appointment } from "@/lib/whautomate/types";
import { ANY_STAFF } from "./types";

export type RescheduleTarget =
  | { kind: "movable"; appointment: Appointment }
  | { kind: "refused"; appointment: Appointment; reason: ChangeRefusal }
  | { kind: "signed_out" }
  | { kind: "not_found" };

/** The signed-in client's appointment to move, if it is theirs and still movable under the notice policy. */
export async function loadRescheduleTarget(
  appointmentId: string,
  now = new Date(),
): Promise<RescheduleTarget> {
  const session = await readSession();
  if (!session) return { kind: "signed_out" };
  const appointment = await getOwnedAppointment(session, appointmentId);
  if (!appointment) return { kind: "not_found" };
  const policy = canChangeAppointment(appointment, now, env.CANCEL_NOTICE_HOURS);
  return policy.allowed
    ? { kind: "movable", appointment }
    : { kind: "refused", appointment, reason: policy.reason };
}

/** The journey's fixed choices when moving an appointment: its location, service, add-ons and staff member. */
export function rescheduleSelection(appointment: Appointment) {
  return {
    locationId: appointment.location.id,
    serviceId: appointment.service.id,
    addOnIds: appointment.addOns.map((addOn) => addOn.id),
    staffId: appointment.staff?.id ?? ANY_STAFF,
  };
}
