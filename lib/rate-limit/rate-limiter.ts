import { createHash } from "node:crypto";
import type { KeyValueStore } from "@/lib/store/key-value-store";

export type RateLimitPolicy = { name: string; limit: number; windowMs: number };
export type RateLimitDecision = { allowed: boolean; remaining: number; retryAfterMs: number };
export type RateLimiter = { check(subject: string): Promise<RateLimitDecision> };

// Subjects are phone numbers and IPs: only a digest of them becomes a key, never the value itself.
function hashSubject(subject: string): string {
  return createHash("sha256").update(subject).digest("hex").slice(0, 32);
}

/** Fixed windows aligned to the clock, so every app instance agrees on when a window ends. */
export function createRateLimiter(
  store: KeyValueStore,
  { name, limit, windowMs }: RateLimitPolicy,
): RateLimiter {
  return {
    async check(subject) {
      const now = Date.now();
      const window = Math.floor(now / windowMs);
      const count = await store.increment(`rate:${name}:${hashSubject(subject)}:${window}`, windowMs);
      const allowed = count <= limit;
      return {
        allowed,
        remaining: Math.max(0, limit - count),
        retryAfterMs: allowed ? 0 : (window + 1) * windowMs - now,
      };
    },
  };
}
