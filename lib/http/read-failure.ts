/**
 * Why a read route refused or failed, as its JSON body says (`{ code }`), with the HTTP status it
 * is sent with. Codes, never words: the browser turns them into its own catalogue's messages.
 */
export const readFailureStatus = {
  invalid: 400,
  not_found: 404,
  rate_limited: 429,
  unexpected: 502,
  upstream_busy: 503,
  upstream_unavailable: 503,
} as const;

export type ReadFailureCode = keyof typeof readFailureStatus;

export function isReadFailureCode(value: unknown): value is ReadFailureCode {
  return typeof value === "string" && Object.hasOwn(readFailureStatus, value);
}

/** A failed read in the browser: thrown by a query, so its error state knows the code. */
export class ReadError extends Error {
  override name = "ReadError";
  readonly code: ReadFailureCode;
  readonly status: number;

  constructor(code: ReadFailureCode, status: number) {
    super(`read failed: ${code} (HTTP ${status})`);
    this.code = code;
    this.status = status;
  }
}
