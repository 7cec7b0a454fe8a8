import "server-only";
import { visitorName } from "@/lib/my-bookings/visitor-name";
import { onlineAccessFor, participationOf, toPublicClassSession } from "@/lib/classes/public-class";
import type { ClassDetail } from "@/lib/classes/views";
import { clientAllowedFor, type Session } from "@/lib/session/session-payload";
import { cachedGetClass } from "@/lib/upstream-cache/cached-reads";
import { listClassParticipants } from "@/lib/whautomate";

/**
 * Who is looking at a class: the client whose place in it they may see (the class is granted to
 * their session, or they proved their phone), and the name they may be greeted by and join as in one
 * tap (never the stored name of a client whose phone was merely typed; see `visitorName`).
 */
export interface ClassVisitor {
  clientId: string | null;
  name: string | null | Promise<string | null>;
}

/** What this session may see of a class: its own place only where allowed, its name anywhere. */
export function classVisitorOf(session: Session | null, classId: string): ClassVisitor | null {
  return session ? { clientId: clientAllowedFor(session, classId), name: visitorName(session) } : null;
}

/**
 * A class as this client may see it. The online link leaves the server only inside a detail for a
 * client with a booked spot, and the participant list never leaves at all.
 */
export async function loadClassDetail(classId: string, visitor: ClassVisitor | null): Promise<ClassDetail> {
  const [{ value: session, stale }, participants, name] = await Promise.all([
    cachedGetClass(classId),
    visitor?.clientId ? listClassParticipants(classId) : Promise.resolve([]),
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
