import { ok, paginate, readPage } from "../http";
import { findLocation } from "../lookup";
import type { Route } from "../router";
import { locationJson } from "../shapes";

export const locationRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/locations",
    handler: ({ state, query }) => ok(paginate(state.locations, readPage(query)).map(locationJson)),
  },
  {
    method: "GET",
    template: "/v1/locations/:id",
    handler: ({ state, params }) => ok(locationJson(findLocation(state, params.id))),
  },
];
