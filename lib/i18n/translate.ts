import format, { type CompiledMessage } from "icu-minify/format";
import { messageFormatters } from "./format";
import { textDirection } from "./locales";
import type { MessageKey } from "./messages/en";

export type TranslationParams = Record<string, string | number>;
/**
 * Some of a language's messages, compiled from ICU on the server (catalogues.ts): what one part of
 * the page is sent to the browser, which then needs only the small formatter and no ICU parser.
 */
export type Messages = Partial<Record<MessageKey, CompiledMessage>>;
export interface Translate {
  (key: MessageKey, params?: TranslationParams): string;
  /** Whether `key` is a message this translator holds, e.g. a schema error that is a catalogue key. */
  has(key: string): key is MessageKey;
  /**
   * The message with its arguments not isolated, for text a client edits (an input's value): the
   * invisible isolates would be inside what they select, copy and change.
   */
  plain(key: MessageKey, params?: TranslationParams): string;
}

/**
 * `defaults` fill arguments every page shares (the business's name) unless a call gives its own,
 * so no component has to carry them only to pass them on.
 */
export function createTranslator(
  locale: string,
  messages: Messages,
  defaults: TranslationParams = {},
): Translate {
  const has = (key: string): key is MessageKey => Object.hasOwn(messages, key);
  const rightToLeft = textDirection(locale) === "rtl";
  const render = (key: MessageKey, given: TranslationParams, isolate: boolean) => {
    const message = messages[key];
    // A key the browser was not sent shows as itself rather than breaking the page.
    if (message === undefined) return key;
    const values = { ...defaults, ...given };
    // In right-to-left text a phone number, a Latin name or a time keeps its own order only when
    // isolated (Unicode FSI … PDI): "+44 20 7946 0123" would otherwise show as "0123 7946 20 44+".
    if (isolate) {
      for (const [name, value] of Object.entries(values)) {
        if (typeof value === "string") values[name] = `\u2068${value}\u2069`;
      }
    }
    const text = format(message, locale, values, { formatters: messageFormatters });
    return Array.isArray(text) ? text.join("") : String(text);
  };
  const translate = (key: MessageKey, params: TranslationParams = {}) => render(key, params, rightToLeft);
  const plain = (key: MessageKey, params: TranslationParams = {}) => render(key, params, false);
  return Object.assign(translate, { has, plain });
}

/** The messages whose keys are one of `prefixes` or start with one of them and a dot. */
export function pickMessages(messages: Messages, prefixes: readonly string[]): Messages {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) =>
      prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)),
    ),
  );
}
