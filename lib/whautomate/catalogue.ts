import "server-only";
import { z } from "zod";
import { defaultHttp } from "./client";
import type { WhautomateHttp } from "./http";
import { fetchAllPages } from "./paginate";
import { reshapeLocation, reshapeService, reshapeServiceCategory, reshapeStaff } from "./reshape/catalogue";
import {
  rawLocationSchema,
  rawServiceCategorySchema,
  rawServiceSchema,
  rawStaffSchema,
} from "./schemas/catalogue";
import type { Location, Service, ServiceCategory, StaffMember } from "./types";

export async function listLocations(http: WhautomateHttp = defaultHttp()): Promise<Location[]> {
  const raw = await fetchAllPages("GET /v1/locations", (page, limit) =>
    http.request("GET", "/v1/locations", { query: { page, limit }, schema: z.array(rawLocationSchema) }),
  );
  return raw.map(reshapeLocation);
}

export async function getLocation(
  locationId: string,
  http: WhautomateHttp = defaultHttp(),
): Promise<Location> {
  const path = `/v1/locations/${encodeURIComponent(locationId)}`;
  return reshapeLocation(await http.request("GET", path, { schema: rawLocationSchema }));
}

export async function listStaff(
  { locationId }: { locationId?: string } = {},
  http: WhautomateHttp = defaultHttp(),
): Promise<StaffMember[]> {
  const raw = await fetchAllPages("GET /v1/staffs", (page, limit) =>
    http.request("GET", "/v1/staffs", {
      query: { locationId, page, limit },
      schema: z.array(rawStaffSchema),
    }),
  );
  return raw.map(reshapeStaff);
}

/** All services, bookable or not; filter on `bookableOnline` for what a portal offers. */
export async function listServices(
  { locationId }: { locationId?: string } = {},
  http: WhautomateHttp = defaultHttp(),
): Promise<Service[]> {
  const raw = await fetchAllPages("GET /v1/services", (page, limit) =>
    http.request("GET", "/v1/services", {
      query: { locationId, page, limit },
      schema: z.array(rawServiceSchema),
    }),
  );
  return raw.map(reshapeService);
}

export async function listServiceCategories(
  http: WhautomateHttp = defaultHttp(),
): Promise<ServiceCategory[]> {
  const raw = await fetchAllPages("GET /v1/serviceCategories", (page, limit) =>
    http.request("GET", "/v1/serviceCategories", {
      query: { page, limit },
      schema: z.array(rawServiceCategorySchema),
    }),
  );
  return raw.map(reshapeServiceCategory);
}
