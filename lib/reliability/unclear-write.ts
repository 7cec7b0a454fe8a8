import { UpstreamContractError, UpstreamUnavailableError } from "@/lib/whautomate/errors";

/**
 * A write whose outcome we cannot know from its answer: the upstream timed out, dropped the
 * connection or failed with a 5xx after possibly doing the work, or did it and answered with
 * something unreadable. A refusal (4xx, 429) or a body we never sent is clear: nothing changed.
 */
export function isUnclearWriteFailure(error: unknown): boolean {
  return error instanceof UpstreamUnavailableError || error instanceof UpstreamContractError;
}
