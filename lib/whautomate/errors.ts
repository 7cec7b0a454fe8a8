// Failures of the Whautomate API the app can act on. Messages start with the call ("GET /v1/…")
// for logs; `upstreamMessage` keeps the vendor's own words for anything shown to a user.

export interface WhautomateErrorOptions {
  status?: number;
  upstreamMessage?: string | null;
  cause?: unknown;
}

export class WhautomateError extends Error {
  override name = "WhautomateError";
  readonly status?: number;
  readonly upstreamMessage: string | null;

  constructor(message: string, options: WhautomateErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.upstreamMessage = options.upstreamMessage ?? null;
  }
}

/** 403: the API key is missing, wrong or lacks permission (the API never answers 401). */
export class UpstreamForbiddenError extends WhautomateError {
  override name = "UpstreamForbiddenError";
}

export class UpstreamNotFoundError extends WhautomateError {
  override name = "UpstreamNotFoundError";
}

/** 400/422 and other refusals of what was sent, e.g. a slot that is no longer free. */
export class UpstreamInvalidRequestError extends WhautomateError {
  override name = "UpstreamInvalidRequestError";
}

/** 429: the account's shared per-minute budget is spent. */
export class UpstreamRateLimitedError extends WhautomateError {
  override name = "UpstreamRateLimitedError";
}

export type UnavailableReason = "timeout" | "network" | "server";

/** Timeout, network failure or 5xx. After a timeout on a POST the outcome is unknown. */
export class UpstreamUnavailableError extends WhautomateError {
  override name = "UpstreamUnavailableError";
  readonly reason: UnavailableReason;

  constructor(message: string, reason: UnavailableReason, options: WhautomateErrorOptions = {}) {
    super(message, options);
    this.reason = reason;
  }
}

/** A response that does not match its schema; the message names the field path. */
export class UpstreamContractError extends WhautomateError {
  override name = "UpstreamContractError";
}
