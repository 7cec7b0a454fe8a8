import "server-only";
import { onlineAccessFor, participationOf, toPublicClassSession } from "@/lib/classes/public-class";
import type { ClassDetail, ClassViewer } from "@/lib/classes/views";
import { cachedGetClass } from "@/lib/upstream-cache/cached-reads";
import { getClient, listClassParticipants, UpstreamNotFoundError } from "@/lib/whautomate";

/** The signed-in client's name, or null when nobody is signed in or the client no longer exists. */
export async function loadViewer(clientId: string | null): Promise<ClassViewer | null> {
  if (!clientId) return null;
  try {
    return { fullName: (await getClient(clientId)).fullName };
  } catch (error) {
    if (error instanceof UpstreamNotFoundError) return null;
    throw error;
  }
}

/**
 * A class as this client may see it. The online link leaves the server only inside a detail for a
 * client with a booked spot, and the participant list never leaves at all.
 */
export async function loadClassDetail(classId: string, clientId: string | null): Promise<ClassDetail> {
  const [{ value: session, stale }, participants, viewer] = await Promise.all([
    cachedGetClass(classId),
    clientId ? listClassParticipants(classId) : Promise.resolve([]),
    loadViewer(clientId),
  ]);
  const participation = participationOf(participants, viewer ? clientId : null);
  return {
    session: toPublicClassSession(session),
    participation,
    online: onlineAccessFor(session, participation),
    viewer,
    checkedAt: Date.now(),
    stale,
  };
}
