import { z } from "zod";
import { frameCookieAttributes } from "@/lib/http/frame-cookie";
import { seal, unseal } from "./crypto";

export const sessionCookieName = "__Host-booking-session";
export const sessionMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

/**
 * Works inside a business's frame (frame-cookie.ts). The __Host- prefix requires Secure, Path=/ and
 * no Domain, so the cookie cannot be set by a sibling subdomain.
 */
export const sessionCookieAttributes = { ...frameCookieAttributes, maxAge: sessionMaxAgeMs / 1000 } as const;

export const MAX_GRANTS = 30;
const NAME_MAX_LENGTH = 80;

const sessionPayloadSchema = z.object({
  v: z.literal(2),
  clientId: z.string().min(1),
  verified: z.boolean(),
  grants: z.array(z.string().min(1)).max(MAX_GRANTS),
  name: z.string().min(1).max(NAME_MAX_LENGTH).optional(),
  issuedAt: z.number().int(),
  expiresAt: z.number().int(),
});

export type SessionPayload = z.infer<typeof sessionPayloadSchema>;

/**
 * Who the visitor is. Booking or joining with a name and phone proves only that the visitor knows a
 * phone number, so such a session reaches just the bookings it made (`grants`: appointment or class
 * ids); a one-time code sent to that phone proves it is theirs (`verified`) and opens everything.
 * `name` is the name the visitor typed when booking or joining: the business may hold another name
 * for that phone, which only a verified visitor may see.
 */
export type Session = { clientId: string; verified: boolean; grants: string[]; name?: string };

/** What a new sign-in adds: the same client keeps what it had, another client starts afresh. */
export function mergeSession(
  current: Session | null,
  clientId: string,
  added: { verified?: boolean; grant?: string | readonly string[]; name?: string },
): Session {
  const base = current?.clientId === clientId ? current : { clientId, verified: false, grants: [] };
  const fresh = typeof added.grant === "string" ? [added.grant] : (added.grant ?? []);
  const grants = [...fresh, ...base.grants.filter((id) => !fresh.includes(id))];
  const name = added.name ?? base.name;
  return {
    clientId,
    verified: base.verified || added.verified === true,
    grants: grants.slice(0, MAX_GRANTS),
    ...(name ? { name: name.slice(0, NAME_MAX_LENGTH) } : {}),
  };
}

/** Whether this visitor may see or change one of the client's bookings (an appointment or class id). */
export function mayAccessBooking(session: Session, bookingId: string): boolean {
  return session.verified || session.grants.includes(bookingId);
}

/** The session's client when it may see this booking, else null (as for a stranger). */
export function clientAllowedFor(session: Session | null, bookingId: string): string | null {
  return session && mayAccessBooking(session, bookingId) ? session.clientId : null;
}

export function buildSessionPayload(session: Session, now: number): SessionPayload {
  return { v: 2, ...session, issuedAt: now, expiresAt: now + sessionMaxAgeMs };
}

export function sealSession(session: Session, secret: string, now = Date.now()): string {
  return seal(buildSessionPayload(session, now), secret, "session");
}

/**
 * Opens a session sealed with any of `secrets` (newest first), so rotating the secret signs nobody
 * out. Expiry is checked here too: Max-Age only asks the browser to drop the cookie, a copy can outlive it.
 */
export function openSession(token: string, secrets: readonly string[], now = Date.now()): Session | null {
  const opened = secrets
    .map((secret) => unseal(token, secret, "session"))
    .find((payload) => payload !== null);
  const parsed = sessionPayloadSchema.safeParse(opened);
  if (!parsed.success || parsed.data.expiresAt <= now) return null;
  const { clientId, verified, grants, name } = parsed.data;
  return { clientId, verified, grants, ...(name ? { name } : {}) };
}
