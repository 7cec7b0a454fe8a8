import { z } from "zod";
import type { AnswerHold } from "./answer-hold";
import { type Reply, ok } from "./http";
import type { RateLimiter } from "./rate-limit";
import type { TrafficStats } from "./stats";
import type { Store } from "./store";
import { isoInstant } from "./time";
import type { WebhookSender } from "./webhooks";

export interface RuntimeSettings {
  latencyMs: number;
  /** Routes the latency applies to, as in stats ("POST /v1/appointments"); empty = every /v1 route. */
  latencyRoutes: string[];
  failRate: number;
  rateLimitRpm: number;
  drift: boolean;
  /** The account's appointment and class notification automations are on (see notifications.ts). */
  notifications: boolean;
}

export interface ControlDeps {
  store: Store;
  stats: TrafficStats;
  rateLimiter: RateLimiter;
  settings: RuntimeSettings;
  webhooks: WebhookSender;
  hold: AnswerHold;
}

const instant = z
  .string()
  .refine((text) => Number.isFinite(Date.parse(text)))
  .transform((text) => Date.parse(text));

const clockBody = z.object({ now: instant.nullable().optional() });

export const settingsBody = z.object({
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  latencyRoutes: z.array(z.string().min(1)).optional(),
  failRate: z.number().min(0).max(1).optional(),
  rateLimitRpm: z.number().int().min(0).optional(),
  drift: z.boolean().optional(),
  notifications: z.boolean().optional(),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  webhookHeaders: z.record(z.string().min(1), z.string()).optional(),
});

const holdBody = z.object({
  /** As in stats ("GET /v1/classes"); absent or [] = every /v1 route. */
  routes: z.array(z.string().min(1)).default([]),
  /** The longest any one answer is held, so nothing waits forever on a release that never comes. */
  maxMs: z.number().int().min(1).max(120_000).default(30_000),
});

const badBody: Reply = { status: 400, body: { message: "Invalid request body" } };

/** /__sandbox/*: test and demo controls. No key, no rate limit, no injected faults or latency. */
export async function handleControl(
  deps: ControlDeps,
  method: string,
  route: string,
  body: unknown,
): Promise<Reply> {
  const { store, stats, rateLimiter, settings, webhooks, hold } = deps;
  const key = `${method} ${route}`;
  if (key === "GET /__sandbox/health") {
    return ok({ ok: true, now: isoInstant(store.now()), clockFrozen: store.clock.isFrozen() });
  }
  if (key === "GET /__sandbox/stats") return ok(stats.read());
  if (key === "GET /__sandbox/outbox") return ok(store.state.outbox);
  if (key === "GET /__sandbox/webhooks") return ok(webhooks.recent());
  if (key === "POST /__sandbox/reset" || key === "POST /__sandbox/clock") {
    const input = clockBody.safeParse(body ?? {});
    if (!input.success) return badBody;
    if (input.data.now !== undefined) store.clock.freeze(input.data.now);
    if (key === "POST /__sandbox/reset") {
      await store.reseed();
      stats.clear();
      rateLimiter.clear();
      webhooks.clear();
      hold.release();
    }
    return ok({ ok: true, now: isoInstant(store.now()), clockFrozen: store.clock.isFrozen() });
  }
  if (key === "POST /__sandbox/hold") {
    const input = holdBody.safeParse(body ?? {});
    if (!input.success) return badBody;
    hold.start(input.data.routes, input.data.maxMs);
    return ok(input.data);
  }
  if (key === "POST /__sandbox/release") return ok({ released: hold.release() });
  if (key === "GET /__sandbox/settings") return ok(publicSettings(deps));
  if (key === "POST /__sandbox/settings") {
    const input = settingsBody.safeParse(body ?? {});
    if (!input.success) return badBody;
    const { webhookUrl, webhookHeaders, ...runtime } = input.data;
    Object.assign(settings, stripUndefined(runtime));
    rateLimiter.setLimit(settings.rateLimitRpm);
    if (webhookUrl !== undefined) webhooks.target.url = webhookUrl;
    if (webhookHeaders !== undefined) webhooks.target.headers = webhookHeaders;
    return ok(publicSettings(deps));
  }
  return { status: 404, body: { message: "Not Found" } };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/** The webhook headers carry the receiver's secret: their names are shown, never their values. */
function publicSettings({ settings, webhooks }: ControlDeps) {
  return {
    ...settings,
    webhookUrl: webhooks.target.url,
    webhookHeaderNames: Object.keys(webhooks.target.headers),
  };
}
