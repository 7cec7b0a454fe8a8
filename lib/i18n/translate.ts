import type { Catalogue, MessageKey } from "./messages/en";

export type TranslationParams = Record<string, string | number>;
/** Some of a catalogue's messages: what one part of the page is sent to the browser. */
export type Messages = Partial<Catalogue>;
export interface Translate {
  (key: MessageKey, params?: TranslationParams): string;
  /** Whether `key` is a message this translator holds, e.g. a schema error that is a catalogue key. */
  has(key: string): key is MessageKey;
}

/**
 * `defaults` fill placeholders every page shares (the business's name) unless a call gives its own,
 * so no component has to carry them only to pass them on.
 */
export function createTranslator(
  locale: string,
  messages: Messages,
  defaults: TranslationParams = {},
): Translate {
  // Made on first use: they are slow to create and most messages need neither.
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const has = (key: string): key is MessageKey => Object.hasOwn(messages, key);
  const translate = (key: MessageKey, given: TranslationParams = {}) => {
    const params = { ...defaults, ...given };
    const entry = messages[key];
    // A key the browser was not sent shows as itself rather than breaking the page.
    if (entry === undefined) return key;
    const template =
      typeof entry === "string"
        ? entry
        : (entry[(plurals ??= new Intl.PluralRules(locale)).select(Number(params.count ?? 0))] ??
          entry.other);
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === "number" ? (numbers ??= new Intl.NumberFormat(locale)).format(value) : value;
    });
  };
  return Object.assign(translate, { has });
}

/** The messages whose keys are one of `prefixes` or start with one of them and a dot. */
export function pickMessages(messages: Messages, prefixes: readonly string[]): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) =>
      prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)),
    ),
  );
}
