/**
 * The caller's IP for rate limiting. These headers are whatever the request carries, so the app must run
 * behind a proxy that sets them (overwriting, not appending to, a client-sent X-Forwarded-For); otherwise
 * a client picks its own IP and escapes per-IP limits.
 */
export function clientIp(headers: Headers): string {
  const forwardedFor = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (forwardedFor) return forwardedFor;
  return headers.get("x-real-ip")?.trim() || "unknown";
}
