import { ActionError, type CommonCode } from "@/lib/actions/result";
import { ReadError } from "@/lib/http/read-failure";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

const commonMessages: Record<CommonCode, MessageKey> = {
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
 * What went wrong, in the visitor's words: the feature's message for the code of a refused action
 * or read, else the
 * common one; a call that threw for any other reason (the network, a deploy that changed the
 * action) is a generic failure. Null when nothing did.
 */
export function failureMessage<Code extends string>(
  t: Translate,
  error: unknown,
  messages: FailureMessages<Code>,
): string | null {
  if (error instanceof ActionError || error instanceof ReadError) {
    const code = error.code as Code | CommonCode;
    return t(messages[code] ?? commonMessages[code as CommonCode] ?? "error.generic");
  }
  return error ? t("error.generic") : null;
}

/** The field errors of a refusal (catalogue keys), in words. */
export function serverFieldMessages(t: Translate, error: unknown): Record<string, string> {
  if (!(error instanceof ActionError)) return {};
  return Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)]));
}
