import "server-only";
import { env } from "@/lib/env";
import { createRateLimiter } from "@/lib/rate-limit/rate-limiter";
import { getStore } from "@/lib/store";

const FIFTEEN_MINUTES = 15 * 60 * 1000;

// Limits on what a visitor can make the server do. Sends are the costly ones: each is a WhatsApp message
// the business pays for, and a new code also resets the tries left on the old one.
export const limits = {
  codeSendsPerPhone: {
    name: "sign-in-send-phone",
    limit: env.LIMIT_CODE_SENDS_PER_PHONE_PER_15MIN,
    windowMs: FIFTEEN_MINUTES,
  },
  codeSendsPerIp: {
    name: "sign-in-send-ip",
    limit: env.LIMIT_CODE_SENDS_PER_IP_PER_15MIN,
    windowMs: FIFTEEN_MINUTES,
  },
  codeChecksPerIp: { name: "sign-in-check-ip", limit: 20, windowMs: FIFTEEN_MINUTES },
  manageLinksPerIp: { name: "manage-link-ip", limit: 20, windowMs: FIFTEEN_MINUTES },
  bookingChangesPerClient: { name: "booking-change-client", limit: 20, windowMs: FIFTEEN_MINUTES },
} as const;

export type LimitName = keyof typeof limits;

/** True when every subject is still within its limit. All are counted, so a refusal costs the same. */
export async function withinLimits(checks: Array<[LimitName, string]>): Promise<boolean> {
  const store = getStore();
  const decisions = await Promise.all(
    checks.map(([limit, subject]) => createRateLimiter(store, limits[limit]).check(subject)),
  );
  return decisions.every((decision) => decision.allowed);
}
