import type { Catalogue, MessageKey } from "./messages/en";

export type TranslationParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslationParams) => string;

export function createTranslator(locale: string, catalogue: Catalogue): Translate {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params = {}) => {
    const entry = catalogue[key];
    const template =
      typeof entry === "string"
        ? entry
        : (entry[plurals.select(Number(params.count ?? 0))] ?? entry.other);
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === "number" ? numbers.format(value) : value;
    });
  };
}
