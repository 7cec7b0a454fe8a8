import "server-only";
import { upstreamFailureCode } from "@/lib/errors/user-message";
import { requestIp, withinLimit } from "@/lib/rate-limit/limits";
import type { RateLimitPolicy } from "@/lib/rate-limit/rate-limiter";
import { UpstreamNotFoundError } from "@/lib/whautomate/errors";
import { readFailureStatus, type ReadFailureCode } from "./read-failure";

/**
 * `private`: the answer depends on the visitor's session, so no cache but the visitor's own query
 * may hold it. `public`: the same for everyone, and any cache may keep a copy, but only to ask
 * again before using it: a booking or a webhook clears the server's cache at once, and no CDN or
 * browser cache would hear of it.
 */
const cacheControl = {
  private: "private, no-store",
  public: "public, max-age=0, must-revalidate",
} as const;

/** A read that cannot be answered for what was asked, e.g. a service not bookable at that place. */
export class ReadRefusedError extends Error {
  override name = "ReadRefusedError";
  readonly code: ReadFailureCode;

  constructor(code: ReadFailureCode) {
    super(`read refused: ${code}`);
    this.code = code;
  }
}

/** The code a read's failure is answered with; unexpected failures are logged. */
export function readFailureCode(error: unknown): ReadFailureCode {
  if (error instanceof ReadRefusedError) return error.code;
  if (error instanceof UpstreamNotFoundError) return "not_found";
  return upstreamFailureCode(error);
}

function failed(code: ReadFailureCode): Response {
  return Response.json(
    { code },
    { status: readFailureStatus[code], headers: { "Cache-Control": "no-store" } },
  );
}

interface ReadRouteOptions<Input, Data, Params> {
  /** The query string (and path parameters) as the schema's input. */
  input(search: URLSearchParams, params: Params): unknown;
  schema: { safeParse(value: unknown): { success: true; data: Input } | { success: false } };
  limit: RateLimitPolicy;
  caching: keyof typeof cacheControl;
  read(input: Input): Promise<Data>;
}

/**
 * A GET route handler for a read the browser refetches: parse → check the per-address limit → read
 * → JSON. Anything a client sends gets a 4xx, never a 500; failures answer `{ code }` only.
 */
export function readRoute<Input, Data, Params = Record<string, string>>(
  options: ReadRouteOptions<Input, Data, Params>,
) {
  return async function GET(request: Request, context?: { params: Promise<Params> }): Promise<Response> {
    const params = ((await context?.params) ?? {}) as Params;
    const parsed = options.schema.safeParse(options.input(new URL(request.url).searchParams, params));
    if (!parsed.success) return failed("invalid");
    if (!(await withinLimit(options.limit, await requestIp()))) return failed("rate_limited");
    try {
      const data = await options.read(parsed.data);
      return Response.json(data, { headers: { "Cache-Control": cacheControl[options.caching] } });
    } catch (error) {
      return failed(readFailureCode(error));
    }
  };
}
