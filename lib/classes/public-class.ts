import type { ClassSession } from "@/lib/whautomate/types";
import type { Participation } from "./class-status";

/** A class as any visitor may see it: never the online join link or passcode. */
export type PublicClassSession = Omit<ClassSession, "online">;

export interface OnlineAccess {
  link: string;
  passcode: string | null;
}

export interface TimetableClass extends PublicClassSession {
  participation: Participation;
}

export function toPublicClassSession(session: ClassSession): PublicClassSession {
  const { online, ...visible } = session;
  void online;
  return visible;
}

/** The join link only for a client who holds a booked spot; the waitlist does not get in. */
export function onlineAccessFor(session: ClassSession, participation: Participation): OnlineAccess | null {
  return participation === "booked" && session.online ? { ...session.online } : null;
}

export function participationOf(
  participants: { client: { id: string }; status: string }[],
  clientId: string | null,
): Participation {
  if (!clientId) return null;
  const own = participants.filter((participant) => participant.client.id === clientId);
  if (own.some((participant) => participant.status === "booked")) return "booked";
  if (own.some((participant) => participant.status === "waitlisted")) return "waitlisted";
  return null;
}
