import "server-only";
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { renderIsUnshareable } from "@/lib/rendering/render-record";
import { deviceCookieName, isDeviceId, newDeviceId } from "./device-id";

/**
 * Who is asking for a write: this browser (its device id) together with the details it sent. Ids
 * a browser sends (a request id, a phone number) can be copied; the device id cannot, so a repeat
 * of a write is honoured only for it. The proxy puts a browser's id into the request it first
 * comes with, a write included, so it is here without this setting a cookie (which would make Next
 * render the page again in the action's answer). A request without one (the proxy did not run) is
 * given an id of its own that nothing else has: its repeat is a new request.
 */
export async function requesterOf(...details: string[]): Promise<string> {
  renderIsUnshareable("the visitor's device");
  const sent = (await cookies()).get(deviceCookieName)?.value;
  const device = isDeviceId(sent) ? sent : newDeviceId();
  return createHash("sha256")
    .update([device, ...details].join("\u0000"))
    .digest("base64url")
    .slice(0, 22);
}
