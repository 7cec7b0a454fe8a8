import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

export type RateLimitPolicy = { name: string; limit: number; windowMs: number };
export type RateLimitDecision = { allowed: boolean; remaining: number; retryAfterMs: number };
export type RateLimiter = { check(subject: string): Promise<RateLimitDecision> };

// Subjects are phone numbers and IPs: only a digest of them becomes a key, never the value itself.
function hashSubject(subject: string): string {
  return createHash("sha256").update(subject).digest("hex").slice(0, 32);
}

/**
 * Counts in Redis when there is one, so every app instance shares the count; while Redis is
 * unreachable each instance counts in its own memory instead (the insurance limiter), so a limit
 * still holds per instance and nobody is refused for the store's sake. A window starts at a
 * subject's first counted request.
 */
export function createRateLimiter(
  { name, limit, windowMs }: RateLimitPolicy,
  redis: Redis | null,
): RateLimiter {
  const keyPrefix = `booking:rate:${name}`;
  const options = { keyPrefix, points: limit, duration: Math.ceil(windowMs / 1000) };
  const inMemory = new RateLimiterMemory(options);
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis,
        // Straight to memory while the connection is down, rather than waiting on the command timeout.
        rejectIfRedisNotReady: true,
        insuranceLimiter: inMemory,
      })
    : inMemory;

  return {
    async check(subject) {
      try {
        const counted = await limiter.consume(hashSubject(subject));
        return { allowed: true, remaining: counted.remainingPoints, retryAfterMs: 0 };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, remaining: 0, retryAfterMs: refusal.msBeforeNext };
      }
    },
  };
}
