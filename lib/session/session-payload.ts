import { z } from "zod";
import { seal, unseal } from "./crypto";

export const sessionCookieName = "__Host-booking-session";
export const sessionMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

/**
 * The portal often runs in an iframe on the business's own site, where browsers block unpartitioned
 * third-party cookies: SameSite=None + Partitioned (CHIPS) keeps the session working there. The
 * __Host- prefix requires Secure, Path=/ and no Domain, so the cookie cannot be set by a sibling subdomain.
 */
export const sessionCookieAttributes = {
  httpOnly: true,
  secure: true,
  sameSite: "none",
  partitioned: true,
  path: "/",
  maxAge: sessionMaxAgeMs / 1000,
} as const;

const sessionPayloadSchema = z.object({
  v: z.literal(1),
  clientId: z.string().min(1),
  issuedAt: z.number().int(),
  expiresAt: z.number().int(),
});

export type SessionPayload = z.infer<typeof sessionPayloadSchema>;
export type Session = { clientId: string };

export function buildSessionPayload(clientId: string, now: number): SessionPayload {
  return { v: 1, clientId, issuedAt: now, expiresAt: now + sessionMaxAgeMs };
}

export function sealSession(clientId: string, secret: string, now = Date.now()): string {
  return seal(buildSessionPayload(clientId, now), secret, "session");
}

/** Expiry is checked here too: Max-Age only asks the browser to drop the cookie, a copy can outlive it. */
export function openSession(token: string, secret: string, now = Date.now()): Session | null {
  const parsed = sessionPayloadSchema.safeParse(unseal(token, secret, "session"));
  if (!parsed.success || parsed.data.expiresAt <= now) return null;
  return { clientId: parsed.data.clientId };
}
