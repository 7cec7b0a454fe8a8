import "server-only";
import type { ZodType } from "zod";
import { renderIsUnshareable } from "@/lib/rendering/render-record";
import { contractError, describeIssues, errorForStatus, errorForTransportFailure } from "./error-mapping";
import { UpstreamContractError, UpstreamRateLimitedError, UpstreamUnavailableError } from "./errors";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** A request body travels with its schema so it is checked before anything is sent. */
export interface JsonBody {
  schema: ZodType;
  value: unknown;
}

export interface RequestOptions<T> {
  query?: QueryParams;
  body?: JsonBody;
  schema: ZodType<T>;
  timeoutMs?: number;
}

export interface WhautomateHttp {
  request<T>(method: HttpMethod, path: string, options: RequestOptions<T>): Promise<T>;
}

export interface WhautomateHttpConfig {
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const MAX_RETRIES = 2;
const RETRY_BASE_MS = 200;
// No Retry-After is documented; a 429 means the per-minute budget is spent, so back off harder.
const RATE_LIMITED_BASE_MS = 1_000;

/** Exponential backoff plus up to 50% jitter, so concurrent visitors do not retry in step. */
function retryDelayMs(retry: number, rateLimited: boolean, random: () => number): number {
  const base = (rateLimited ? RATE_LIMITED_BASE_MS : RETRY_BASE_MS) * 2 ** retry;
  return Math.round(base * (1 + random() / 2));
}

function isRetryable(error: unknown): boolean {
  return error instanceof UpstreamUnavailableError || error instanceof UpstreamRateLimitedError;
}

function buildUrl(baseUrl: string, path: string, query: QueryParams = {}): string {
  // A URL resolves "." and ".." segments, so an id of ".." would reach a different endpoint.
  if (path.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new Error(`refusing a "." or ".." segment in the upstream path ${path}`);
  }
  const url = new URL(baseUrl.replace(/\/+$/, "") + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function serializeBody(operation: string, body: JsonBody): string {
  const parsed = body.schema.safeParse(body.value);
  if (!parsed.success) {
    // A body that fails its own schema is a bug on our side: never send it.
    throw new TypeError(`${operation}: request body invalid: ${describeIssues(parsed.error)}`);
  }
  return JSON.stringify(parsed.data);
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createWhautomateHttp(config: WhautomateHttpConfig): WhautomateHttp {
  const { baseUrl, apiKey, timeoutMs: defaultTimeoutMs = 8_000, sleep = wait, random = Math.random } = config;
  const fetchUpstream = config.fetch ?? globalThis.fetch;

  async function send<T>(
    method: HttpMethod,
    url: string,
    operation: string,
    options: RequestOptions<T>,
    body?: string,
  ) {
    // The read cache loads outside any render's record; a call a page makes itself is its own.
    renderIsUnshareable(`an upstream call outside the read cache (${operation})`);
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    const headers: Record<string, string> = { "x-api-key": apiKey, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    let status: number;
    let ok: boolean;
    let text: string;
    try {
      const response = await fetchUpstream(url, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      ({ status, ok } = response);
      text = await response.text();
    } catch (error) {
      throw errorForTransportFailure(operation, error, timeoutMs);
    }
    if (!ok) throw errorForStatus(operation, status, text);
    let json: unknown;
    try {
      json = text.trim() === "" ? undefined : JSON.parse(text);
    } catch (error) {
      throw new UpstreamContractError(`${operation}: response is not JSON`, { status, cause: error });
    }
    const parsed = options.schema.safeParse(json);
    if (!parsed.success) throw contractError(operation, parsed.error);
    return parsed.data;
  }

  return {
    async request<T>(method: HttpMethod, path: string, options: RequestOptions<T>): Promise<T> {
      const operation = `${method} ${path}`;
      const body = options.body && serializeBody(operation, options.body);
      const url = buildUrl(baseUrl, path, options.query);
      for (let retry = 0; ; retry++) {
        try {
          return await send(method, url, operation, options, body);
        } catch (error) {
          // Only reads are retried: a repeated POST could book the same slot twice.
          if (method !== "GET" || retry >= MAX_RETRIES || !isRetryable(error)) throw error;
          await sleep(retryDelayMs(retry, error instanceof UpstreamRateLimitedError, random));
        }
      }
    },
  };
}
