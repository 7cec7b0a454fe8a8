import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { deviceCookieName, isDeviceId, newDeviceId } from "./device-id";
import { sessionCookieAttributes } from "./session-payload";

/**
 * Who is asking for a write: this browser (its device id) together with the details it sent. Ids
 * a browser sends (a request id, a phone number) can be copied; the device id cannot, so a repeat
 * of a write is honoured only for it. Only in a server action or route handler, where a browser
 * that came without the id (its first page did not keep the cookie) can still be given one.
 */
export async function requesterOf(...details: string[]): Promise<string> {
  const jar = await cookies();
  let device = jar.get(deviceCookieName)?.value;
  if (!isDeviceId(device)) {
    device = newDeviceId();
    jar.set(deviceCookieName, device, sessionCookieAttributes);
  }
  return createHash("sha256")
    .update([device, ...details].join("\u0000"))
    .digest("base64url")
    .slice(0, 22);
}
