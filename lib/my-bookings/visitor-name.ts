import "server-only";
import type { Session } from "@/lib/session/session-payload";
import { getClient, UpstreamNotFoundError } from "@/lib/whautomate";

/**
 * The name a page may greet this visitor by: the one they typed, else the client's stored name once
 * a code proved the phone is theirs. Whoever merely typed a phone number never sees the name the
 * business holds for it.
 */
export async function visitorName(session: Session): Promise<string | null> {
  if (session.name) return session.name;
  if (!session.verified) return null;
  try {
    return (await getClient(session.clientId)).fullName;
  } catch (error) {
    if (error instanceof UpstreamNotFoundError) return null;
    throw error;
  }
}
