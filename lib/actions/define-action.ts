import "server-only";
import { unstable_rethrow } from "next/navigation";
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { withinLimits } from "@/lib/rate-limit/limits";
import type { RateLimitPolicy } from "@/lib/rate-limit/rate-limiter";
import {
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from "@/lib/whautomate/errors";
import { fail, type CommonCode, type FieldErrors, type Result } from "./result";
import { log } from "@/lib/log/log";

export interface ActionDefinition<Schema extends $ZodType, Data, Code extends string, Detail> {
  /** Names the action in the log line of an unexpected failure. */
  name: string;
  input: Schema;
  /** What the caller may not do too often: checked after parsing, before any work. */
  limits?: (input: output<Schema>) => Promise<ReadonlyArray<readonly [RateLimitPolicy, string]>>;
  run: (input: output<Schema>) => Promise<Result<Data, Code, Detail>>;
}

/**
 * The one way to define a server action: parse the input with its schema → check its limits →
 * run → map expected errors to codes. Every action is a public endpoint, so whatever a caller
 * sends ends in a typed result, never in a throw.
 */
export function defineAction<Schema extends $ZodType, Data, Code extends string, Detail = never>(
  definition: ActionDefinition<Schema, Data, Code, Detail>,
): (input: unknown) => Promise<Result<Data, Code, Detail>> {
  return async (raw) => {
    const parsed = safeParse(definition.input, raw);
    if (!parsed.success) return fail("invalid", { fieldErrors: fieldErrorsOf(parsed.error.issues) });
    try {
      const checks = definition.limits ? await definition.limits(parsed.data) : [];
      if (!(await withinLimits(checks))) return fail("rate_limited");
      return await definition.run(parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      return fail(expectedCode(definition.name, error));
    }
  };
}

/** Expected failures become their code; anything else is logged once, naming the action. */
export function expectedCode(action: string, error: unknown): CommonCode {
  if (error instanceof UpstreamNotFoundError) return "not_found";
  if (error instanceof UpstreamRateLimitedError) return "upstream_busy";
  if (error instanceof UpstreamUnavailableError) return "upstream_unavailable";
  log.error(`[action ${action}] unexpected failure`, { error });
  return "unexpected";
}

/**
 * Schema messages are catalogue keys; a value no form sends gets zod's own words, which are
 * never shown. Each field is named by the last part of its path ("contact.phone" → "phone").
 */
export function fieldErrorsOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path.at(-1) ?? "form");
    fieldErrors[field] ??= Object.hasOwn(en, issue.message)
      ? (issue.message as MessageKey)
      : "form.checkField";
  }
  return fieldErrors;
}
