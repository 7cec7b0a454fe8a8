import "server-only";
import { listLocations, listServiceCategories, listServices, listStaff } from "@/lib/whautomate";
import type { BookingCatalogue } from "./booking-selection";

/** Everything the first steps choose from, read in parallel. */
export async function loadBookingCatalogue(): Promise<BookingCatalogue> {
  const [locations, services, categories, staff] = await Promise.all([
    listLocations(),
    listServices(),
    listServiceCategories(),
    listStaff(),
  ]);
  return { locations, services, categories, staff };
}
