import type { MessageKey } from "@/lib/i18n/messages/en";

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

/** What a feature calls the refusals that depend on what it asked for. */
export type ReadRefusalKeys = Record<"invalid" | "not_found" | "rate_limited", MessageKey>;

export type UpstreamFailureCode = Exclude<ReadFailureCode, keyof ReadRefusalKeys>;

/** How every page words an upstream that failed, whatever was asked of it. */
export const upstreamFailureKeys = {
  upstream_busy: "error.upstreamBusy",
  upstream_unavailable: "error.upstreamUnavailable",
  unexpected: "error.generic",
} as const satisfies Record<UpstreamFailureCode, MessageKey>;

/**
 * The catalogue key of a failed read: a code from the server (a ReadError, or a server-rendered
 * answer's code), or `fallback` when the request itself never got an answer (offline, aborted).
 */
export function readFailureKey(
  failure: unknown,
  refusals: ReadRefusalKeys,
  fallback: MessageKey,
): MessageKey {
  const code = failure instanceof ReadError ? failure.code : isReadFailureCode(failure) ? failure : null;
  if (code === null) return fallback;
  return code in upstreamFailureKeys
    ? upstreamFailureKeys[code as UpstreamFailureCode]
    : refusals[code as keyof ReadRefusalKeys];
}
