import "server-only";
import { env } from "@/lib/env";
import type { KeyValueStore } from "./key-value-store";
import { createMemoryStore } from "./memory-store";
import { createRedisStore } from "./redis-store";

export type { KeyValueStore } from "./key-value-store";

// Kept on globalThis so Next's dev hot reload reuses the store (and its Redis connection).
const globalForStore = globalThis as typeof globalThis & { bookingPortalStore?: KeyValueStore };

export function getStore(): KeyValueStore {
  globalForStore.bookingPortalStore ??= env.REDIS_URL ? createRedisStore(env.REDIS_URL) : createMemoryStore();
  return globalForStore.bookingPortalStore;
}
