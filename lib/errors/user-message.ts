import "server-only";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { UpstreamRateLimitedError, UpstreamUnavailableError, WhautomateError } from "@/lib/whautomate/errors";

/**
 * What to tell a visitor when a read or an action failed. Anything we did not expect is logged
 * with its detail here and replaced by a generic message, so no internals reach the browser.
 */
export function userMessageKey(error: unknown): MessageKey {
  if (error instanceof UpstreamRateLimitedError) return "error.upstreamBusy";
  if (error instanceof UpstreamUnavailableError) return "error.upstreamUnavailable";
  console.error(error instanceof WhautomateError ? `[whautomate] ${error.name}: ${error.message}` : error);
  return "error.generic";
}
