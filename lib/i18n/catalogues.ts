import compile from "icu-minify/compile";
import type { Language } from "./locales";
import { ar } from "./messages/ar";
import { en, type Catalogue, type MessageKey } from "./messages/en";
import { es } from "./messages/es";
import { hi } from "./messages/hi";
import { ptBR } from "./messages/pt-BR";
import type { Messages } from "./translate";

export const catalogues: Record<Language, Catalogue> = { en, ar, hi, "pt-BR": ptBR, es };

const compiled = new Map<Language, Messages>();

/** A language's messages compiled once per process, ready for a translator here or in the browser. */
export function compiledMessages(language: Language): Messages {
  let messages = compiled.get(language);
  if (!messages) {
    const catalogue = catalogues[language];
    messages = Object.fromEntries(
      // Through JSON: the compiler's plural branches are null-prototype objects, which React will
      // not pass to the browser.
      (Object.keys(catalogue) as MessageKey[]).map((key) => [
        key,
        JSON.parse(JSON.stringify(compile(catalogue[key]))),
      ]),
    );
    compiled.set(language, messages);
  }
  return messages;
}
