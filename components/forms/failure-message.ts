import type { CommonCode } from "@/lib/actions/result";
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
 * An action's failure in the visitor's words: the feature's message for its code, else the common
 * one. A mutation that threw (the network, a deploy that changed the action) is a generic failure.
 */
export function failureMessage<Code extends string>(
  t: Translate,
  mutation: { data?: { ok: boolean; code?: string } | undefined; isError: boolean },
  messages: FailureMessages<Code>,
): string | null {
  if (mutation.data?.ok === false) {
    const code = mutation.data.code as Code | CommonCode;
    return t(messages[code] ?? commonMessages[code as CommonCode] ?? "error.generic");
  }
  return mutation.isError ? t("error.generic") : null;
}

/** Field errors an action sent back (catalogue keys), in words. */
export function serverFieldMessages(
  t: Translate,
  fieldErrors: Partial<Record<string, MessageKey>> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors ?? {}).flatMap(([field, key]) => (key ? [[field, t(key)]] : [])),
  );
}
