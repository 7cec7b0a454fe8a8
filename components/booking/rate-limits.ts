import "server-only";
import { env } from "@/lib/env";
import { createRateLimiter, type RateLimitPolicy } from "@/lib/rate-limit/rate-limiter";
import { getStore } from "@/lib/store";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

// Every visitor shares the account's upstream budget; a month of slots costs a dozen upstream calls.
export const limits = {
  availabilityPerIp: { name: "booking-availability-ip", limit: 40, windowMs: MINUTE_MS },
  bookingsPerIp: { name: "booking-create-ip", limit: env.LIMIT_BOOKINGS_PER_IP_PER_HOUR, windowMs: HOUR_MS },
  bookingsPerPhone: {
    name: "booking-create-phone",
    limit: env.LIMIT_BOOKINGS_PER_PHONE_PER_HOUR,
    windowMs: HOUR_MS,
  },
} satisfies Record<string, RateLimitPolicy>;

export async function allowed(policy: RateLimitPolicy, subject: string): Promise<boolean> {
  return (await createRateLimiter(getStore(), policy).check(subject)).allowed;
}
