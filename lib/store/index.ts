import "server-only";
import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/lifecycle/shutdown";
import { createFallbackStore } from "./fallback-store";
import type { KeyValueStore } from "./key-value-store";
import { createMemoryStore } from "./memory-store";
import { createRedisClient, createRedisStore } from "./redis-store";

export type { KeyValueStore } from "./key-value-store";

type SharedState = { store: KeyValueStore; redis: Redis | null };

// Kept on globalThis so Next's dev hot reload reuses the store (and its Redis connection).
const globalForStore = globalThis as typeof globalThis & { bookingPortalStore?: SharedState };

function shared(): SharedState {
  if (!globalForStore.bookingPortalStore) {
    const redis = env.REDIS_URL ? createRedisClient(env.REDIS_URL) : null;
    const store = redis ? createFallbackStore(createRedisStore(redis)) : createMemoryStore();
    globalForStore.bookingPortalStore = { redis, store };
    onShutdown(async () => store.close?.());
  }
  return globalForStore.bookingPortalStore;
}

export function getStore(): KeyValueStore {
  return shared().store;
}

/** "memory" without REDIS_URL; otherwise whether Redis answers a PING within the command timeout. */
export async function storeHealth(): Promise<"ok" | "unreachable" | "memory"> {
  const { redis } = shared();
  if (!redis) return "memory";
  try {
    await redis.ping();
    return "ok";
  } catch {
    return "unreachable";
  }
}

/** The connection behind the store, for the rate limiters; null when REDIS_URL is unset. */
export function getRedis(): Redis | null {
  return shared().redis;
}
