import { randomBytes } from "node:crypto";
import { encodeBase64Url } from "./base64url";

// A random id per browser, in an HttpOnly cookie that no script and no other browser can read; with
// the details a write sends, it says who is asking (requester.ts). The proxy gives a browser its id
// with its first request, so a write never sets it: Next answers an action that sets a cookie with
// the page rendered again, which costs a render and can mount the page's steps anew.
export const deviceCookieName = "__Host-booking-device";

const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;

export function isDeviceId(value: string | undefined): value is string {
  return value !== undefined && DEVICE_ID.test(value);
}

/** 128 random bits, base64url without padding (22 characters). */
export function newDeviceId(): string {
  return encodeBase64Url(randomBytes(16));
}
