// Turns HTTP outcomes into the named errors of ./errors.
import type { ZodError } from "zod";
import {
  UpstreamContractError,
  UpstreamForbiddenError,
  UpstreamInvalidRequestError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
  WhautomateError,
} from "./errors";

/** The vendor's error bodies are `{message}` or `{error}`, and may be empty or not JSON. */
export function readUpstreamMessage(bodyText: string): string | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (typeof body !== "object" || body === null) return null;
    const { message, error } = body as { message?: unknown; error?: unknown };
    if (typeof message === "string" && message) return message;
    if (typeof error === "string" && error) return error;
    return null;
  } catch {
    return null;
  }
}

export function errorForStatus(operation: string, status: number, bodyText: string): WhautomateError {
  const upstreamMessage = readUpstreamMessage(bodyText);
  const options = { status, upstreamMessage };
  const said = (fallback: string) => `${operation}: ${status} ${upstreamMessage ?? fallback}`;
  if (status === 401 || status === 403) {
    return new UpstreamForbiddenError(said("Forbidden (check WHAUTOMATE_API_KEY)"), options);
  }
  if (status === 404) return new UpstreamNotFoundError(said("Not found"), options);
  if (status === 429) return new UpstreamRateLimitedError(said("Rate limited"), options);
  if (status >= 500) {
    const message = `${operation}: server error ${status}${upstreamMessage ? `: ${upstreamMessage}` : ""}`;
    return new UpstreamUnavailableError(message, "server", options);
  }
  if (status >= 400) return new UpstreamInvalidRequestError(said("Invalid request"), options);
  return new WhautomateError(said("Unexpected status"), options);
}

export function errorForTransportFailure(
  operation: string,
  error: unknown,
  timeoutMs: number,
): WhautomateError {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError") {
    return new UpstreamUnavailableError(`${operation}: timed out after ${timeoutMs}ms`, "timeout", {
      cause: error,
    });
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const detail = [error instanceof Error ? error.message : String(error), cause?.code]
    .filter(Boolean)
    .join(" ");
  return new UpstreamUnavailableError(`${operation}: network error: ${detail}`, "network", { cause: error });
}

/** [0, "startTimeUTC"] → "[0].startTimeUTC" */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  const text = path
    .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");
  return text || "(root)";
}

export function describeIssues(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message.replace(/^Invalid input: /, "")}`)
    .join("; ");
}

export function contractError(operation: string, error: ZodError): UpstreamContractError {
  return new UpstreamContractError(`${operation}: ${describeIssues(error)}`, { cause: error });
}
