import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { renderIsUnshareable } from "@/lib/rendering/render-record";
import {
  mergeSession,
  openSession,
  sealSession,
  sessionCookieAttributes,
  sessionCookieName,
  type Session,
} from "./session-payload";

// Next 16's cookies().set takes `partitioned` and writes the Partitioned attribute, so no raw Set-Cookie.

export async function readSession(): Promise<Session | null> {
  const token = (await cookies()).get(sessionCookieName)?.value;
  if (!token) return null;
  renderIsUnshareable("the visitor's session");
  return openSession(token, env.SESSION_SECRETS);
}

/**
 * Only in a server action or route handler, where Next can still send response headers. `grant` adds
 * the bookings the visitor just made or holds a link to; `verified` means they proved the phone is theirs;
 * `name` is what they typed as their name in this request.
 */
export async function startSession(
  clientId: string,
  added: { verified?: boolean; grant?: string | readonly string[]; name?: string },
): Promise<void> {
  const session = mergeSession(await readSession(), clientId, added);
  (await cookies()).set(sessionCookieName, sealSession(session, env.SESSION_SECRET), sessionCookieAttributes);
}

/**
 * Not cookies().delete(name): that omits Secure and Partitioned, and browsers ignore a __Host- cookie
 * without Secure and only clear a partitioned cookie with a Set-Cookie that is partitioned too.
 */
export async function endSession(): Promise<void> {
  (await cookies()).set(sessionCookieName, "", { ...sessionCookieAttributes, maxAge: 0 });
}
