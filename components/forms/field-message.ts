import { en, type MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

/** Schema errors carry catalogue keys; anything else (a library default) gets a generic line. */
export function fieldMessage(t: Translate, error: { message?: string } | undefined): string | undefined {
  if (!error) return undefined;
  const key = error.message;
  return key && Object.hasOwn(en, key) ? t(key as MessageKey) : t("form.checkField");
}
