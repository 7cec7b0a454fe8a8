import "server-only";
import { commonFailureKeys } from "@/lib/actions/failure-key";
import type { CommonCode } from "@/lib/actions/result";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { UpstreamRateLimitedError, UpstreamUnavailableError } from "@/lib/whautomate/errors";
import { log } from "@/lib/log/log";

/**
 * What kind of upstream failure a read or an action met. Anything we did not expect is logged with
 * its detail here and reported as a generic failure, so no internals reach the browser.
 */
export function upstreamFailureCode(
  error: unknown,
): Extract<CommonCode, `upstream_${string}` | "unexpected"> {
  if (error instanceof UpstreamRateLimitedError) return "upstream_busy";
  if (error instanceof UpstreamUnavailableError) return "upstream_unavailable";
  log.error("[whautomate] unexpected failure", { error });
  return "unexpected";
}

/** What to tell a visitor when a read or an action failed. */
export function userMessageKey(error: unknown): MessageKey {
  return commonFailureKeys[upstreamFailureCode(error)];
}
