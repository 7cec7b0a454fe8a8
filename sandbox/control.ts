import { z } from "zod";
import { type Reply, ok } from "./http";
import type { RateLimiter } from "./rate-limit";
import type { TrafficStats } from "./stats";
import type { Store } from "./store";
import { isoInstant } from "./time";

export interface RuntimeSettings {
  latencyMs: number;
  failRate: number;
  rateLimitRpm: number;
}

export interface ControlDeps {
  store: Store;
  stats: TrafficStats;
  rateLimiter: RateLimiter;
  settings: RuntimeSettings;
}

const instant = z
  .string()
  .refine((text) => Number.isFinite(Date.parse(text)))
  .transform((text) => Date.parse(text));

const clockBody = z.object({ now: instant.nullable().optional() });

export const settingsBody = z.object({
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  failRate: z.number().min(0).max(1).optional(),
  rateLimitRpm: z.number().int().min(0).optional(),
});

const badBody: Reply = { status: 400, body: { message: "Invalid request body" } };

/** /__sandbox/*: test and demo controls. No key, no rate limit, no injected faults or latency. */
export async function handleControl(
  deps: ControlDeps,
  method: string,
  route: string,
  body: unknown,
): Promise<Reply> {
  const { store, stats, rateLimiter, settings } = deps;
  const key = `${method} ${route}`;
  if (key === "GET /__sandbox/health") {
    return ok({ ok: true, now: isoInstant(store.now()), clockFrozen: store.clock.isFrozen() });
  }
  if (key === "GET /__sandbox/stats") return ok(stats.read());
  if (key === "GET /__sandbox/outbox") return ok(store.state.outbox);
  if (key === "POST /__sandbox/reset" || key === "POST /__sandbox/clock") {
    const input = clockBody.safeParse(body ?? {});
    if (!input.success) return badBody;
    if (input.data.now !== undefined) store.clock.freeze(input.data.now);
    if (key === "POST /__sandbox/reset") {
      await store.reseed();
      stats.clear();
      rateLimiter.clear();
    }
    return ok({ ok: true, now: isoInstant(store.now()), clockFrozen: store.clock.isFrozen() });
  }
  if (key === "GET /__sandbox/settings") return ok(settings);
  if (key === "POST /__sandbox/settings") {
    const input = settingsBody.safeParse(body ?? {});
    if (!input.success) return badBody;
    Object.assign(settings, stripUndefined(input.data));
    rateLimiter.setLimit(settings.rateLimitRpm);
    return ok(settings);
  }
  return { status: 404, body: { message: "Not Found" } };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
