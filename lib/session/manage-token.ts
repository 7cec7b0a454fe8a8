import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { decodeBase64Url, encodeBase64Url } from "./base64url";
import { deriveKey } from "./crypto";

const manageTokenPayloadSchema = z.object({
  bookingId: z.string().min(1),
  clientId: z.string().min(1),
  kind: z.enum(["appointment", "class"]),
  expiresAt: z.number().int().positive(),
});

/** What a "manage your booking" link grants: this one booking of this client, until expiresAt (ms epoch). */
export type ManageTokenPayload = z.infer<typeof manageTokenPayloadSchema>;

function mac(encodedPayload: string, secret: string): Buffer {
  return createHmac("sha256", deriveKey(secret, "manage-token")).update(encodedPayload).digest();
}

// Signed, not sealed: the payload holds only ids the link may reveal; what must be prevented is forgery.
export function createManageToken(payload: ManageTokenPayload, secret: string): string {
  const encodedPayload = encodeBase64Url(
    Buffer.from(JSON.stringify(manageTokenPayloadSchema.parse(payload))),
  );
  return `${encodedPayload}.${encodeBase64Url(mac(encodedPayload, secret))}`;
}

function signedByOneOf(encodedPayload: string, givenMac: Buffer, secrets: readonly string[]): boolean {
  return secrets.some((secret) => {
    const expectedMac = mac(encodedPayload, secret);
    return givenMac.length === expectedMac.length && timingSafeEqual(givenMac, expectedMac);
  });
}

/** The payload when a token is signed with any of `secrets` (newest first) and not yet expired. */
export function verifyManageToken(
  token: string,
  secrets: readonly string[],
  now = Date.now(),
): ManageTokenPayload | null {
  const [encodedPayload, encodedMac, ...rest] = token.split(".");
  if (!encodedPayload || !encodedMac || rest.length > 0) return null;
  const givenMac = decodeBase64Url(encodedMac);
  if (givenMac === null || !signedByOneOf(encodedPayload, givenMac, secrets)) return null;
  const payloadBytes = decodeBase64Url(encodedPayload);
  if (payloadBytes === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(payloadBytes.toString("utf8"));
  } catch {
    return null;
  }
  const parsed = manageTokenPayloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.expiresAt <= now) return null;
  return parsed.data;
}
