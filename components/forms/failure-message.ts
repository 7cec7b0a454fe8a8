import { failureKey, type FailureMessages } from "@/lib/actions/failure-key";
import { ActionError } from "@/lib/actions/result";
import type { Translate } from "@/lib/i18n/translate";

export type { FailureMessages };

/** What went wrong (failureKey) in the visitor's words, or null when nothing did. */
export function failureMessage<Code extends string>(
  t: Translate,
  error: unknown,
  messages: FailureMessages<Code>,
): string | null {
  const key = failureKey(error, messages);
  return key && t(key);
}

/** The field errors of a refusal (catalogue keys), in words. */
export function serverFieldMessages(t: Translate, error: unknown): Record<string, string> {
  if (!(error instanceof ActionError)) return {};
  return Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)]));
}
