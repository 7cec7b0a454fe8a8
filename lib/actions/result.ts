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
