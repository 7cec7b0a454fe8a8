import type { Translate } from "@/lib/i18n/translate";

/** Schema errors carry catalogue keys; anything else (a library default) gets a generic line. */
export function fieldMessage(t: Translate, error: { message?: string } | undefined): string | undefined {
  if (!error) return undefined;
  const key = error.message;
  return key && t.has(key) ? t(key) : t("form.checkField");
}
