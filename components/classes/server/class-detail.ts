import "server-only";
import { visitorName } from "@/lib/my-bookings/visitor-name";
import { onlineAccessFor, participationOf, toPublicClassSession } from "@/lib/classes/public-class";
import type { ClassDetail } from "@/lib/classes/views";
import { clientAllowedFor, type Session } from "@/lib/session/session-payload";
import { cachedGetClass } from "@/lib/upstream-cache/cached-reads";
import { listClassParticipants } from "@/lib/whautomate";

/**
 * Who is looking at a class: the client the request proved, and the name they may be greeted by
 * (never the stored name of a client whose phone was merely typed; see `visitorName`).
 */
export interface ClassVisitor {
  clientId: string;
  name: string | null | Promise<string | null>;
}

/** The session's client where it may see this class, else null (as for a stranger). */
export function classVisitorOf(session: Session | null, classId: string): ClassVisitor | null {
  const clientId = clientAllowedFor(session, classId);
  return session && clientId ? { clientId, name: visitorName(session) } : null;
}

/**
 * A class as this client may see it. The online link leaves the server only inside a detail for a
 * client with a booked spot, and the participant list never leaves at all.
 */
export async function loadClassDetail(classId: string, visitor: ClassVisitor | null): Promise<ClassDetail> {
  const [{ value: session, stale }, participants, name] = await Promise.all([
    cachedGetClass(classId),
    visitor ? listClassParticipants(classId) : Promise.resolve([]),
    visitor?.name ?? null,
  ]);
  const participation = participationOf(participants, visitor?.clientId ?? null);
  return {
    session: toPublicClassSession(session),
    participation,
    online: onlineAccessFor(session, participation),
    viewer: name ? { name } : null,
    checkedAt: Date.now(),
    stale,
  };
}
