import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";

type Node = CompiledMessage extends string | Array<infer N> ? N : never;
const argumentKinds = [null, "select", "plural", "selectordinal", "number", "date", "time"] as const;

/** Each argument a message uses, as "name" or "name:kind" ("count:plural", "capacity:number"). */
function argumentsOf(message: CompiledMessage) {
  const found = new Set<string>();
  const plurals: Record<string, string[]>[] = [];
  const visit = (node: Node | CompiledMessage): void => {
    if (typeof node === "string" || typeof node === "number") return;
    if (!Array.isArray(node)) return;
    const [name, kind, options] = node as unknown[];
    // An argument is ["name"] or ["name", kind, …] with kind 1–6; a branch's text with a # in it
    // (["Queda ", 0, " de ", …]) has the pound sign, 0, in the same place.
    const isArgument = node.length === 1 || (typeof kind === "number" && kind >= 1 && kind <= 6);
    if (typeof name === "string" && isArgument) {
      const kindName = typeof kind === "number" ? argumentKinds[kind] : undefined;
      found.add(kindName ? `${name}:${kindName}` : name);
      if ((kindName === "plural" || kindName === "select") && options && typeof options === "object") {
        if (kindName === "plural") plurals.push({ [name]: Object.keys(options) });
        for (const branch of Object.values(options as Record<string, Node>)) visit(branch);
      }
      return;
    }
    for (const child of node as Node[]) visit(child);
  };
  visit(message);
  return { found, plurals };
}

/**
 * What is wrong with a translated catalogue against the reference: keys missing or extra, messages
 * that are not valid ICU, arguments that differ from the reference's, and plurals that lack a form
 * the locale needs (Arabic has six).
 */
export function catalogueProblems(
  reference: Record<string, string>,
  translated: Record<string, string>,
  locale: string,
): string[] {
  const problems: string[] = [];
  // The forms whole numbers up to 1,000 take: what counts of spots, times and hours can be.
  const rules = new Intl.PluralRules(locale);
  const needed = [...new Set(Array.from({ length: 1001 }, (_, count) => rules.select(count)))];
  for (const key of Object.keys(reference)) {
    if (!Object.hasOwn(translated, key)) problems.push(`${key}: missing`);
  }
  for (const [key, text] of Object.entries(translated)) {
    if (!Object.hasOwn(reference, key)) {
      problems.push(`${key}: not in the reference catalogue`);
      continue;
    }
    let compiled: CompiledMessage;
    try {
      compiled = compile(text);
    } catch (error) {
      problems.push(`${key}: not valid ICU (${(error as Error).message})`);
      continue;
    }
    const wanted = [...argumentsOf(compile(reference[key]!)).found].sort();
    const { found, plurals } = argumentsOf(compiled);
    const got = [...found].sort();
    if (got.join() !== wanted.join()) {
      problems.push(`${key}: arguments ${got.join(", ") || "none"}, expected ${wanted.join(", ") || "none"}`);
    }
    for (const plural of plurals) {
      for (const [name, forms] of Object.entries(plural)) {
        const lacking = needed.filter((category) => !forms.includes(category));
        if (lacking.length > 0) problems.push(`${key}: plural {${name}} lacks ${lacking.join(", ")}`);
      }
    }
  }
  return problems;
}
