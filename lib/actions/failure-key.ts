import { isReadFailureCode, ReadError } from "@/lib/http/read-failure";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { ActionError, type CommonCode } from "./result";

/** How every page words the codes any action or read may answer. */
export const commonFailureKeys: Record<CommonCode, MessageKey> = {
  invalid: "error.checkForm",
  rate_limited: "error.rateLimited",
  not_found: "error.notFound",
  upstream_busy: "error.upstreamBusy",
  upstream_unavailable: "error.upstreamUnavailable",
  unexpected: "error.generic",
};

/** The catalogue keys a feature uses for codes: its own, or a more precise one for a common code. */
export type FailureMessages<Code extends string> = Partial<Record<Code | CommonCode, MessageKey>>;

/**
 * What went wrong, as a catalogue key: the feature's message for the code of a refused action or
 * read (or a server-rendered answer's code), else the common one. A call that never got a coded
 * answer (offline, aborted, a deploy that changed the action) is `unanswered`. Null when nothing failed.
 */
export function failureKey<Code extends string>(
  error: unknown,
  messages: FailureMessages<Code>,
  unanswered: MessageKey = "error.generic",
): MessageKey | null {
  const code =
    error instanceof ActionError || error instanceof ReadError
      ? (error.code as Code | CommonCode)
      : isReadFailureCode(error)
        ? error
        : null;
  if (code !== null) return messages[code] ?? commonFailureKeys[code as CommonCode] ?? "error.generic";
  return error ? unanswered : null;
}
