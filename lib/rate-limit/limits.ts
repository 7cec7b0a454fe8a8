import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { getStore } from "@/lib/store";
import { clientIp } from "./client-ip";
import { createRateLimiter, type RateLimitPolicy } from "./rate-limiter";

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
  availabilityPerIp: rateLimit("booking-availability-ip", 40, MINUTE_MS),
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
};

export async function withinLimit(policy: RateLimitPolicy, subject: string): Promise<boolean> {
  return (await createRateLimiter(getStore(), policy).check(subject)).allowed;
}

/** True when every subject is still within its limit. All are counted, so a refusal costs the same. */
export async function withinLimits(checks: Array<[RateLimitPolicy, string]>): Promise<boolean> {
  const decisions = await Promise.all(checks.map(([policy, subject]) => withinLimit(policy, subject)));
  return decisions.every(Boolean);
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
