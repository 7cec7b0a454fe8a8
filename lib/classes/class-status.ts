import type { ClassStatus } from "@/lib/whautomate/types";

export type Participation = "booked" | "waitlisted" | null;

/** What a client can do with a class right now; exactly one per class. */
export type ClassAvailability =
  "cancelled" | "ended" | "started" | "booked" | "waitlisted" | "booking_closed" | "full" | "book";

export interface ClassStatusInput {
  status: ClassStatus;
  startsAt: string;
  endsAt: string;
  spotsLeft: number;
  bookingCutoffMinutes: number | null;
  participation: Participation;
}

const MINUTE_MS = 60_000;

export function bookingClosesAt(
  session: Pick<ClassStatusInput, "startsAt" | "bookingCutoffMinutes">,
): number {
  return Date.parse(session.startsAt) - (session.bookingCutoffMinutes ?? 0) * MINUTE_MS;
}

export function deriveClassAvailability(session: ClassStatusInput, now: number): ClassAvailability {
  if (session.status === "cancelled") return "cancelled";
  if (Date.parse(session.endsAt) <= now) return "ended";
  if (Date.parse(session.startsAt) <= now) return "started";
  if (session.participation === "booked") return "booked";
  if (session.participation === "waitlisted") return "waitlisted";
  if (now >= bookingClosesAt(session)) return "booking_closed";
  if (session.spotsLeft <= 0) return "full";
  return "book";
}

/** Leaving this late may still be charged: now is inside the studio's cancellation cut-off. */
export function isLateCancel(
  session: { startsAt: string; cancelCutoffMinutes: number | null },
  now: number,
): boolean {
  if (session.cancelCutoffMinutes === null || session.cancelCutoffMinutes <= 0) return false;
  return now >= Date.parse(session.startsAt) - session.cancelCutoffMinutes * MINUTE_MS;
}
