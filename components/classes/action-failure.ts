/** A refused server action, thrown once where a query or mutation unwraps the result. */
export class ActionFailure<Code extends string = string> extends Error {
  override name = "ActionFailure";
  readonly code: Code;
  readonly fieldErrors: Record<string, string>;

  constructor(result: { code: Code; message: string; fieldErrors?: Record<string, string> }) {
    super(result.message);
    this.code = result.code;
    this.fieldErrors = result.fieldErrors ?? {};
  }
}

export function unwrap<T, Code extends string>(
  result:
    { ok: true; data: T } | { ok: false; code: Code; message: string; fieldErrors?: Record<string, string> },
): T {
  if (!result.ok) throw new ActionFailure(result);
  return result.data;
}

/** What to tell the visitor: the action's own sentence, or a generic one when the call itself failed. */
export function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ActionFailure ? error.message : fallback;
}
