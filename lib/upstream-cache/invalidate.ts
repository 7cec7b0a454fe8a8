import "server-only";
import type { Appointment, ClassSession } from "@/lib/whautomate/types";
import {
  appointmentChangeTags,
  classChangeTags,
  type AppointmentChange,
  type ClassChange,
} from "./cache-tags";
import { sharedReadCache } from "./cached-reads";
import { log } from "@/lib/log/log";

export type { AppointmentChange, ClassChange } from "./cache-tags";

// The change itself has happened by the time these run: a store that cannot take the mark is
// logged, not turned into "your booking failed" (the entries expire on their own soon after).
async function bump(tags: string[]): Promise<void> {
  try {
    await sharedReadCache().invalidate(...tags);
  } catch (error) {
    log.warn(`[upstream-cache] could not invalidate ${tags.length} tags`, { error });
  }
}

/**
 * After a booking, reschedule or cancel (call it for the old and the new time of a reschedule):
 * the next read of slots that could include this time asks the upstream again.
 */
export function invalidateAppointment(change: AppointmentChange): Promise<void> {
  return bump(appointmentChangeTags(change));
}

export function invalidateAppointmentOf(appointment: Pick<Appointment, "location" | "staff" | "localDate">) {
  return invalidateAppointment({
    locationId: appointment.location.id,
    staffId: appointment.staff?.id ?? null,
    localDate: appointment.localDate,
  });
}

/** After a join or leave: the class and the timetables of its date are read afresh. */
export function invalidateClass(change: ClassChange): Promise<void> {
  return bump(classChangeTags(change));
}

export function invalidateClassOf(session: Pick<ClassSession, "id" | "localDate">) {
  return invalidateClass({ classId: session.id, localDate: session.localDate });
}
