import type { MessageKey } from "@/lib/i18n/messages/en";

/** Field name → catalogue key: the browser turns it into words in the visitor's language. */
export type FieldErrors = Record<string, MessageKey>;

/** What any action can answer besides its own codes. */
export type CommonCode =
  "invalid" | "rate_limited" | "not_found" | "upstream_busy" | "upstream_unavailable" | "unexpected";

export type Failure<Code extends string, Detail = never> = {
  ok: false;
  code: Code;
  fieldErrors?: FieldErrors;
  /** Data that goes with some codes, e.g. the free times near one just taken. */
  detail?: Detail;
};

/**
 * What every server action answers: data, or a code the browser maps to its own words. Never
 * display text (the action does not know the visitor's language) and never a throw for something
 * a visitor can cause.
 */
export type Result<Data, Code extends string = CommonCode, Detail = never> =
  { ok: true; data: Data } | Failure<Code | CommonCode, Detail>;

export function succeed<Data>(data: Data): { ok: true; data: Data } {
  return { ok: true, data };
}

export function fail<Code extends string, Detail = never>(
  code: Code,
  extra: { fieldErrors?: FieldErrors; detail?: Detail } = {},
): Failure<Code, Detail> {
  return { ok: false, code, ...extra };
}

/**
 * A failed result as an Error, thrown where a mutation or query unwraps it: TanStack Query's error
 * state (and an optimistic update's roll-back) then covers refusals and network failures alike.
 */
export class ActionError<Code extends string = string, Detail = unknown> extends Error {
  override name = "ActionError";
  readonly code: Code;
  readonly fieldErrors: FieldErrors;
  readonly detail: Detail | undefined;

  constructor(failure: Failure<Code, Detail>) {
    super(`Action refused: ${failure.code}`);
    this.code = failure.code;
    this.fieldErrors = failure.fieldErrors ?? {};
    this.detail = failure.detail;
  }
}

export function unwrap<Data, Code extends string, Detail>(result: Result<Data, Code, Detail>): Data {
  if (!result.ok) throw new ActionError(result);
  return result.data;
}
