import "server-only";
import {
  appointmentChangeTags,
  classChangeTags,
  type AppointmentChange,
  type ClassChange,
} from "./cache-tags";
import { sharedReadCache } from "./shared-read-cache";

export type { AppointmentChange, ClassChange } from "./cache-tags";

/**
 * After a booking, reschedule or cancel (call it for the old and the new time of a reschedule):
 * the next read of slots that could include this time asks the upstream again.
 */
export function invalidateAppointment(change: AppointmentChange): Promise<void> {
  return sharedReadCache().invalidate(...appointmentChangeTags(change));
}

/** After a join or leave: the class and the timetables of its date are read afresh. */
export function invalidateClass(change: ClassChange): Promise<void> {
  return sharedReadCache().invalidate(...classChangeTags(change));
}
