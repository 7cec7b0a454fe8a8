// The portal's upstream reads, cached: catalogue for minutes, availability and timetables for
// seconds (CACHE_*_SECONDS), identical reads in flight shared, the last good answer served
// (marked stale) when Whautomate is busy or down. Changes reach them through ./invalidate.
import "server-only";
import { env } from "@/lib/env";
import { limits, withinLimit } from "@/lib/rate-limit/limits";
import { getStore } from "@/lib/store";
import type { ClassQuery, SlotQuery } from "@/lib/whautomate";
import { createCachedReads, type CachedReads } from "./create-cached-reads";
import { createReadCache, type ReadCache } from "./read-cache";

export type { CachedRead } from "./read-cache";

// On globalThis so Next's dev hot reload keeps one cache (and its in-flight calls) per process.
const globalForCache = globalThis as typeof globalThis & {
  upstreamReadCache?: ReadCache;
  upstreamCachedReads?: CachedReads;
};

/** The one cache every read goes through, and every change invalidates. */
export function sharedReadCache(): ReadCache {
  if (!globalForCache.upstreamReadCache) {
    const spend = () => withinLimit(limits.upstreamReads, "account");
    globalForCache.upstreamReadCache = createReadCache(getStore(), Date.now, spend);
  }
  return globalForCache.upstreamReadCache;
}

function reads(): CachedReads {
  globalForCache.upstreamCachedReads ??= createCachedReads({
    cache: sharedReadCache(),
    catalogueMs: env.CACHE_CATALOGUE_SECONDS * 1000,
    availabilityMs: env.CACHE_AVAILABILITY_SECONDS * 1000,
    keepMs: env.CACHE_KEEP_SECONDS * 1000,
  });
  return globalForCache.upstreamCachedReads;
}

export const cachedListLocations = () => reads().listLocations();

export const cachedListServices = (query: { locationId?: string } = {}) => reads().listServices(query);

export const cachedListStaff = (query: { locationId?: string } = {}) => reads().listStaff(query);

export const cachedListServiceCategories = () => reads().listServiceCategories();

export const cachedGetSlots = (query: SlotQuery) => reads().getSlots(query);

export const cachedListClasses = (query: ClassQuery = {}) => reads().listClasses(query);

export const cachedGetClass = (classId: string) => reads().getClass(classId);
