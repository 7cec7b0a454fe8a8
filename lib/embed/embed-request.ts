import { frameCookieAttributes } from "@/lib/http/frame-cookie";
import {
  embedSettingsFromUrl,
  parseEmbedSettings,
  serializeEmbedSettings,
  type EmbedSettings,
} from "./embed-settings";

export const embedCookieName = "__Host-booking-embed";
/** Set by proxy.ts on each request (and only there) so the layout knows it renders inside a frame. */
export const embedHeader = "x-booking-embed";

/**
 * Partitioned (frame-cookie.ts), so the settings one business page gave its frame never reach a visit
 * to the app itself. No Max-Age: it lasts as long as the browsing session.
 */
export const embedCookieAttributes = frameCookieAttributes;

export interface EmbedRequest {
  searchParams: URLSearchParams;
  /** Sec-Fetch-Dest: "document" for a top-level page, "iframe" for a frame, "empty" for fetches. */
  fetchDest: string | null;
  cookie: string | undefined;
  /** EMBED_ALLOWED_ORIGINS plus the app's own origin. */
  allowedHosts: readonly string[];
}

export interface EmbedDecision {
  settings: EmbedSettings | null;
  cookie: { set: string } | "clear" | "keep";
}

/**
 * Embedded mode for this request: from the frame URL when it carries `embed=1`, else from the cookie.
 * A top-level page is never embedded, whatever it carries, and forgets any remembered settings: the
 * app's own pages framing it (the demo) share the top-level partition with direct visits.
 */
export function decideEmbed({ searchParams, fetchDest, cookie, allowedHosts }: EmbedRequest): EmbedDecision {
  if (fetchDest === "document") {
    return { settings: null, cookie: cookie === undefined ? "keep" : "clear" };
  }
  const fromUrl = embedSettingsFromUrl(searchParams, allowedHosts);
  if (fromUrl) return { settings: fromUrl, cookie: { set: serializeEmbedSettings(fromUrl) } };
  return { settings: parseEmbedSettings(cookie, allowedHosts), cookie: "keep" };
}
