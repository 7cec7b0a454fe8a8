// The portal's upstream reads, cached: catalogue for minutes, availability and timetables for
// seconds (CACHE_*_SECONDS), identical reads in flight shared, the last good answer served
// (marked stale) when Whautomate is busy or down. Changes reach them through ./invalidate.
import "server-only";
import type { ClassQuery, SlotQuery } from "@/lib/whautomate";
import { sharedCachedReads } from "./shared-read-cache";

export type { CachedRead } from "./read-cache";

export const cachedListLocations = () => sharedCachedReads().listLocations();

export const cachedListServices = (query: { locationId?: string } = {}) =>
  sharedCachedReads().listServices(query);

export const cachedListStaff = (query: { locationId?: string } = {}) => sharedCachedReads().listStaff(query);

export const cachedListServiceCategories = () => sharedCachedReads().listServiceCategories();

export const cachedGetSlots = (query: SlotQuery) => sharedCachedReads().getSlots(query);

export const cachedListClasses = (query: ClassQuery = {}) => sharedCachedReads().listClasses(query);

export const cachedGetClass = (classId: string) => sharedCachedReads().getClass(classId);
