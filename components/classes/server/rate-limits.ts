import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { createRateLimiter, type RateLimitPolicy } from "@/lib/rate-limit/rate-limiter";
import { getStore } from "@/lib/store";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

// Per-IP limits are loose because a studio's wifi or a mobile carrier puts many people behind one
// address; per-phone and per-client limits are what stop one person hammering the upstream.
export const classLimits = {
  readsPerIp: { name: "classes-read-ip", limit: 120, windowMs: MINUTE_MS },
  joinsPerIp: { name: "classes-join-ip", limit: env.LIMIT_CLASS_JOINS_PER_IP_PER_HOUR, windowMs: HOUR_MS },
  joinsPerPerson: {
    name: "classes-join-person",
    limit: env.LIMIT_CLASS_JOINS_PER_PHONE_PER_HOUR,
    windowMs: HOUR_MS,
  },
} satisfies Record<string, RateLimitPolicy>;

export async function withinLimit(policy: RateLimitPolicy, subject: string): Promise<boolean> {
  return (await createRateLimiter(getStore(), policy).check(subject)).allowed;
}

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
