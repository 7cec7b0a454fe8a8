import "server-only";
import {
  cachedListLocations,
  cachedListServiceCategories,
  cachedListServices,
  cachedListStaff,
} from "@/lib/upstream-cache/cached-reads";
import type { BookingCatalogue } from "./booking-selection";

/** Everything the first steps choose from, read in parallel through the shared cache. */
export async function loadBookingCatalogue(): Promise<{ catalogue: BookingCatalogue; stale: boolean }> {
  const [locations, services, categories, staff] = await Promise.all([
    cachedListLocations(),
    cachedListServices(),
    cachedListServiceCategories(),
    cachedListStaff(),
  ]);
  return {
    catalogue: {
      locations: locations.value,
      services: services.value,
      categories: categories.value,
      staff: staff.value,
    },
    // Any part from a busy or failing upstream makes the whole of it possibly out of date.
    stale: [locations, services, categories, staff].some((read) => read.stale),
  };
}
