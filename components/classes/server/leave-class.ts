import "server-only";
import { invalidateClassOf } from "@/lib/upstream-cache/invalidate";
import { cancelClassParticipant, getClass, listClassParticipants } from "@/lib/whautomate";

export type LeaveRefusal = "not_booked" | "started";

/**
 * Cancels only a place held by this client: the participant is looked up from the session's client,
 * never taken from the request.
 */
export async function leaveOwnPlace(
  classId: string,
  clientId: string,
  reason: string,
  now = Date.now(),
): Promise<LeaveRefusal | null> {
  const [session, participants] = await Promise.all([getClass(classId), listClassParticipants(classId)]);
  if (Date.parse(session.startsAt) <= now) return "started";
  const own = participants.find(
    (participant) =>
      participant.client.id === clientId &&
      (participant.status === "booked" || participant.status === "waitlisted"),
  );
  if (!own) return "not_booked";
  await cancelClassParticipant(classId, { participantId: own.id, reason: reason || undefined });
  await invalidateClassOf(session);
  return null;
}
