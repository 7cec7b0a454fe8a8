import "server-only";
import {
  getClass,
  getSlots,
  listClasses,
  listLocations,
  listServiceCategories,
  listServices,
  listStaff,
  type ClassQuery,
  type SlotQuery,
  type WhautomateHttp,
} from "@/lib/whautomate";
import type {
  ClassSession,
  DayAvailability,
  Location,
  Service,
  ServiceCategory,
  StaffMember,
} from "@/lib/whautomate/types";
import { classListReadTags, classReadTags, slotReadTags } from "./cache-tags";
import type { CachedRead, ReadCache } from "./read-cache";

export interface CachedReadsConfig {
  cache: ReadCache;
  /** How long locations, staff, services and categories are served without asking again. */
  catalogueMs: number;
  /** The same for slots and classes, which change with every booking. */
  availabilityMs: number;
  /** How long the last good answer is kept to fall back on when the upstream is busy or down. */
  keepMs: number;
  /** Tests point this at a stub; the app uses the default connection. */
  http?: WhautomateHttp;
}

/** Part of a cache key: the query's values in a fixed order, absent ones as null. */
function keyOf(...parts: Array<string | number | boolean | undefined>): string {
  return JSON.stringify(parts.map((part) => part ?? null));
}

/** The upstream reads the portal makes, served through the shared read cache. */
export function createCachedReads({ cache, catalogueMs, availabilityMs, keepMs, http }: CachedReadsConfig) {
  const catalogue = { freshMs: catalogueMs, keepMs: Math.max(keepMs, catalogueMs) };
  const availability = { freshMs: availabilityMs, keepMs: Math.max(keepMs, availabilityMs) };

  return {
    listLocations(): Promise<CachedRead<Location[]>> {
      return cache.read("locations", { ...catalogue, load: () => listLocations(http) });
    },

    listServices({ locationId }: { locationId?: string } = {}): Promise<CachedRead<Service[]>> {
      return cache.read(`services:${keyOf(locationId)}`, {
        ...catalogue,
        load: () => listServices({ locationId }, http),
      });
    },

    listStaff({ locationId }: { locationId?: string } = {}): Promise<CachedRead<StaffMember[]>> {
      return cache.read(`staff:${keyOf(locationId)}`, {
        ...catalogue,
        load: () => listStaff({ locationId }, http),
      });
    },

    listServiceCategories(): Promise<CachedRead<ServiceCategory[]>> {
      return cache.read("service-categories", { ...catalogue, load: () => listServiceCategories(http) });
    },

    getSlots(query: SlotQuery): Promise<CachedRead<DayAvailability[]>> {
      const { locationId, serviceId, staffId, date, timeZone, nextThreeDays, addOnIds, durationMinutes } =
        query;
      const key = keyOf(
        locationId,
        serviceId,
        staffId,
        date,
        timeZone,
        Boolean(nextThreeDays),
        addOnIds?.join(","),
        durationMinutes,
      );
      return cache.read(`slots:${key}`, {
        ...availability,
        tags: slotReadTags(query),
        load: () => getSlots(query, http),
      });
    },

    listClasses(query: ClassQuery = {}): Promise<CachedRead<ClassSession[]>> {
      const { startDate, endDate, locationId, staffId } = query;
      return cache.read(`classes:${keyOf(startDate, endDate, locationId, staffId)}`, {
        ...availability,
        tags: classListReadTags(query),
        load: () => listClasses(query, http),
      });
    },

    getClass(classId: string): Promise<CachedRead<ClassSession>> {
      return cache.read(`class:${keyOf(classId)}`, {
        ...availability,
        tags: classReadTags(classId),
        load: () => getClass(classId, http),
      });
    },
  };
}

export type CachedReads = ReturnType<typeof createCachedReads>;
