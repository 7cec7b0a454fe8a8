import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { readSession } from "@/lib/session/session-cookie";
import { getRedis } from "@/lib/store";
import { clientIp } from "./client-ip";
import { createRateLimiter, type RateLimiter, type RateLimitPolicy } from "./rate-limiter";

const MINUTE_MS = 60_000;
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
const HOUR_MS = 60 * MINUTE_MS;

// Limits on what a visitor can make the server do. Every visitor shares the account's upstream budget
// (a month of slots costs a dozen upstream calls), and code sends are each a WhatsApp message the
// business pays for; a new code also resets the tries left on the old one. Per-IP limits are loose
// because a studio's wifi or a mobile carrier puts many people behind one address; per-phone and
// per-client limits are what stop one person hammering the upstream. A policy's name keys its counts
// in the shared store.
function rateLimit(name: string, limit: number, windowMs: number): RateLimitPolicy {
  return { name, limit, windowMs };
}

export const limits = {
  availabilityPerIp: rateLimit("booking-availability-ip", 120, MINUTE_MS),
  bookingsPerIp: rateLimit("booking-create-ip", env.LIMIT_BOOKINGS_PER_IP_PER_HOUR, HOUR_MS),
  bookingsPerPhone: rateLimit("booking-create-phone", env.LIMIT_BOOKINGS_PER_PHONE_PER_HOUR, HOUR_MS),
  bookingChangesPerClient: rateLimit("booking-change-client", 20, QUARTER_HOUR_MS),
  classReadsPerIp: rateLimit("classes-read-ip", 120, MINUTE_MS),
  classJoinsPerIp: rateLimit("classes-join-ip", env.LIMIT_CLASS_JOINS_PER_IP_PER_HOUR, HOUR_MS),
  classJoinsPerPerson: rateLimit("classes-join-person", env.LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR, HOUR_MS),
  codeSendsPerPhone: rateLimit(
    "sign-in-send-phone",
    env.LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN,
    QUARTER_HOUR_MS,
  ),
  codeSendsPerIp: rateLimit("sign-in-send-ip", env.LIMIT_CODE_SENDS_PER_IP_PER_15MIN, QUARTER_HOUR_MS),
  codeChecksPerIp: rateLimit("sign-in-check-ip", 20, QUARTER_HOUR_MS),
  manageLinksPerIp: rateLimit("manage-link-ip", 20, QUARTER_HOUR_MS),
  // A page asks once per booking or move; anything near this is a script spending the upstream budget.
  embedEventsPerClient: rateLimit("embed-event-client", 30, QUARTER_HOUR_MS),
  // Counted against one subject, the account, across every instance.
  upstreamReads: rateLimit("upstream-reads", env.UPSTREAM_READS_PER_MINUTE, MINUTE_MS),
};

// One limiter per policy for the life of the process (on globalThis for dev hot reload): the
// in-memory counts that stand in while Redis is away must outlive a request.
const globalForLimits = globalThis as typeof globalThis & {
  bookingPortalLimiters?: Map<string, RateLimiter>;
};

function limiterFor(policy: RateLimitPolicy): RateLimiter {
  const limiters = (globalForLimits.bookingPortalLimiters ??= new Map());
  let limiter = limiters.get(policy.name);
  if (!limiter) {
    limiter = createRateLimiter(policy, getRedis());
    limiters.set(policy.name, limiter);
  }
  return limiter;
}

export async function withinLimit(policy: RateLimitPolicy, subject: string): Promise<boolean> {
  return (await limiterFor(policy).check(subject)).allowed;
}

/** True when every subject is still within its limit. All are counted, so a refusal costs the same. */
export async function withinLimits(
  checks: ReadonlyArray<readonly [RateLimitPolicy, string]>,
): Promise<boolean> {
  const decisions = await Promise.all(checks.map(([policy, subject]) => withinLimit(policy, subject)));
  return decisions.every(Boolean);
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** Cancels, moves and leaves count per signed-in client; without a session the action refuses anyway. */
export async function bookingChangeLimits(): Promise<Array<[RateLimitPolicy, string]>> {
  const session = await readSession();
  return session ? [[limits.bookingChangesPerClient, session.clientId]] : [];
}
