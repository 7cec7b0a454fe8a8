import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { sessionCookieAttributes } from "./session-payload";

export const deviceCookieName = "__Host-booking-device";
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Who is asking for a write: this browser (a random id in an HttpOnly cookie, which no script and
 * no other browser can read) together with the details it sent. Ids a browser sends (a request id,
 * a phone number) can be copied; this cannot, so a repeat of a write is honoured only for it.
 * Only in a server action or route handler, where a new device id can still be set.
 */
export async function requesterOf(...details: string[]): Promise<string> {
  const jar = await cookies();
  let device = jar.get(deviceCookieName)?.value;
  if (!device || !DEVICE_ID.test(device)) {
    device = randomBytes(16).toString("base64url");
    jar.set(deviceCookieName, device, sessionCookieAttributes);
  }
  return createHash("sha256")
    .update([device, ...details].join("\u0000"))
    .digest("base64url")
    .slice(0, 22);
}
