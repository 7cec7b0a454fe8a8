// Failures of the Whautomate API the app can act on. Messages start with the call ("GET /v1/…")
// for logs; `upstreamMessage` keeps the vendor's own words for anything shown to a user.

export interface WhautomateErrorOptions {
  status?: number;
  upstreamMessage?: string | null;
  cause?: unknown;
}

// Next bundles pages and route handlers apart, so one process can hold several copies of this
// module, and the upstream cache they all share (lib/upstream-cache/cached-reads.ts) throws the
// errors of whichever copy created it. `instanceof` therefore matches the classes by their `kind`,
// which every copy shares, instead of by identity.
const KINDS = Symbol.for("whautomate-booking-portal.whautomate-error-kinds");

export class WhautomateError extends Error {
  static readonly kind: string = "WhautomateError";
  override name = "WhautomateError";
  readonly status?: number;
  readonly upstreamMessage: string | null;

  constructor(message: string, options: WhautomateErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.upstreamMessage = options.upstreamMessage ?? null;
    const kinds: string[] = [];
    for (let type: unknown = new.target; type && type !== Error; type = Object.getPrototypeOf(type)) {
      if (Object.hasOwn(type, "kind")) kinds.push((type as { kind: string }).kind);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds: unknown = typeof value === "object" && value !== null ? Reflect.get(value, KINDS) : null;
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/** 403: the API key is missing, wrong or lacks permission (the API never answers 401). */
export class UpstreamForbiddenError extends WhautomateError {
  static override readonly kind = "UpstreamForbiddenError";
  override name = "UpstreamForbiddenError";
}

export class UpstreamNotFoundError extends WhautomateError {
  static override readonly kind = "UpstreamNotFoundError";
  override name = "UpstreamNotFoundError";
}

/** 400/422 and other refusals of what was sent, e.g. a slot that is no longer free. */
export class UpstreamInvalidRequestError extends WhautomateError {
  static override readonly kind = "UpstreamInvalidRequestError";
  override name = "UpstreamInvalidRequestError";
}

/** 429: the account's shared per-minute budget is spent. */
export class UpstreamRateLimitedError extends WhautomateError {
  static override readonly kind = "UpstreamRateLimitedError";
  override name = "UpstreamRateLimitedError";
}

export type UnavailableReason = "timeout" | "network" | "server";

/** Timeout, network failure or 5xx. After a timeout on a POST the outcome is unknown. */
export class UpstreamUnavailableError extends WhautomateError {
  static override readonly kind = "UpstreamUnavailableError";
  override name = "UpstreamUnavailableError";
  readonly reason: UnavailableReason;

  constructor(message: string, reason: UnavailableReason, options: WhautomateErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
  }
}

/** A response that does not match its schema; the message names the field path. */
export class UpstreamContractError extends WhautomateError {
  static override readonly kind = "UpstreamContractError";
  override name = "UpstreamContractError";
}
