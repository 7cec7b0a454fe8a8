import "server-only";
import { headers } from "next/headers";
import { embedHeader } from "./embed-request";
import { parseEmbedSettings, type EmbedSettings } from "./embed-settings";

/** This request's embedded-mode settings, or null for a page of its own. */
export async function readEmbedSettings(): Promise<EmbedSettings | null> {
  const value = (await headers()).get(embedHeader);
  // proxy.ts is the only writer of this header (it drops one sent by the browser) and has already
  // checked the host against the allowed origins.
  const host = new URLSearchParams(value ?? "").get("host");
  return parseEmbedSettings(value, host ? [host] : []);
}
