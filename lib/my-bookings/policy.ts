import type { Appointment, ClassParticipant, ClassSession } from "@/lib/whautomate/types";

export type ChangeRefusal = "cancelled" | "past" | "too_late" | "not_changeable";

export type AppointmentChangePolicy = { allowed: true } | { allowed: false; reason: ChangeRefusal };

export type LeaveClassPolicy =
  { allowed: true; lateCancel: boolean } | { allowed: false; reason: Exclude<ChangeRefusal, "too_late"> };

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Whether the client may still reschedule or cancel online; the business's notice window is the rule. */
export function canChangeAppointment(
  appointment: Pick<Appointment, "status" | "startsAt">,
  now: Date,
  noticeHours: number,
): AppointmentChangePolicy {
  const { status } = appointment;
  if (status === "cancelled") return { allowed: false, reason: "cancelled" };
  if (status === "visited" || status === "no_show") return { allowed: false, reason: "past" };
  const startsAt = Date.parse(appointment.startsAt);
  if (startsAt <= now.getTime()) return { allowed: false, reason: "past" };
  if (status !== "booked" && status !== "rescheduled" && status !== "waitlisted") {
    return { allowed: false, reason: "not_changeable" };
  }
  if (startsAt - now.getTime() < noticeHours * HOUR_MS) return { allowed: false, reason: "too_late" };
  return { allowed: true };
}

/**
 * Leaving stays possible until the class starts; inside the class's cancellation cut-off it is a late
 * cancel, which the client is warned about (and may be charged for) rather than refused.
 */
export function canLeaveClass(
  {
    participant,
    session,
  }: {
    participant: Pick<ClassParticipant, "status">;
    session: Pick<ClassSession, "status" | "startsAt" | "cancelCutoffMinutes">;
  },
  now: Date,
): LeaveClassPolicy {
  if (participant.status === "cancelled" || session.status === "cancelled") {
    return { allowed: false, reason: "cancelled" };
  }
  const startsAt = Date.parse(session.startsAt);
  if (startsAt <= now.getTime()) return { allowed: false, reason: "past" };
  if (participant.status !== "booked" && participant.status !== "waitlisted") {
    return { allowed: false, reason: "not_changeable" };
  }
  const cutoffMs = (session.cancelCutoffMinutes ?? 0) * MINUTE_MS;
  return { allowed: true, lateCancel: startsAt - now.getTime() < cutoffMs };
}
