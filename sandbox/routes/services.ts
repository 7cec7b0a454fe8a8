import { invalidParameters, ok, paginate, readPage, readText } from "../http";
import { findLocation, findService } from "../lookup";
import type { Route } from "../router";
import { serviceJson } from "../shapes";

export const serviceRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/services",
    handler: ({ state, query }) => {
      const page = readPage(query);
      const locationId = readText(query, "locationId");
      if (locationId !== undefined) findLocation(state, locationId);
      const serviceType = readText(query, "serviceType")?.toUpperCase();
      if (serviceType !== undefined && serviceType !== "APPOINTMENT" && serviceType !== "CLASS") {
        throw invalidParameters();
      }
      const search = readText(query, "searchText")?.toLowerCase();
      const services = state.services.filter(
        (service) =>
          (locationId === undefined || service.locationId === locationId) &&
          (serviceType === undefined || service.serviceType === serviceType) &&
          (search === undefined || service.name.toLowerCase().includes(search)),
      );
      return ok(paginate(services, page).map((service) => serviceJson(state, service)));
    },
  },
  {
    method: "GET",
    template: "/v1/services/:id",
    handler: ({ state, params }) => ok(serviceJson(state, findService(state, params.id))),
  },
  {
    method: "GET",
    template: "/v1/serviceCategories",
    handler: ({ state, query }) => {
      const page = readPage(query);
      const locationId = readText(query, "locationId");
      if (locationId !== undefined) findLocation(state, locationId);
      const categories = state.categories.filter(
        (category) => locationId === undefined || category.locationId === locationId,
      );
      return ok(
        paginate(categories, page).map((category) => ({
          id: category.id,
          name: category.name,
          location: { id: category.locationId },
          slug: category.slug,
          createdAt: category.createdAt,
          updatedAt: category.updatedAt,
        })),
      );
    },
  },
];
