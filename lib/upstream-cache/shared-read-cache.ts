import "server-only";
import { env } from "@/lib/env";
import { limits, withinLimit } from "@/lib/rate-limit/limits";
import { getStore } from "@/lib/store";
import { createCachedReads, type CachedReads } from "./create-cached-reads";
import { createReadCache, type ReadCache } from "./read-cache";

// On globalThis so Next's dev hot reload keeps one cache (and its in-flight calls) per process.
const globalForCache = globalThis as typeof globalThis & {
  upstreamReadCache?: ReadCache;
  upstreamCachedReads?: CachedReads;
};

export function sharedReadCache(): ReadCache {
  if (!globalForCache.upstreamReadCache) {
    const spend = () => withinLimit(limits.upstreamReads, "account");
    globalForCache.upstreamReadCache = createReadCache(getStore(), Date.now, spend);
  }
  return globalForCache.upstreamReadCache;
}

export function sharedCachedReads(): CachedReads {
  globalForCache.upstreamCachedReads ??= createCachedReads({
    cache: sharedReadCache(),
    catalogueMs: env.CACHE_CATALOGUE_SECONDS * 1000,
    availabilityMs: env.CACHE_AVAILABILITY_SECONDS * 1000,
    keepMs: env.CACHE_KEEP_SECONDS * 1000,
  });
  return globalForCache.upstreamCachedReads;
}
