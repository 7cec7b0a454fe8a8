import { stringifySetCookie, type SetCookie } from "cookie";

export type CookieAttributes = Omit<SetCookie, "name" | "value">;

/**
 * One cookie as a Set-Cookie header value. The `cookie` package rather than Next's response
 * cookies: the server in front of Next (scripts/server.ts) writes the device cookie too, and cannot
 * load `next/server` from the standalone output.
 */
export function setCookieHeader(name: string, value: string, attributes: CookieAttributes): string {
  return stringifySetCookie({ name, value, ...attributes });
}
