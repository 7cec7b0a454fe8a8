import { ok, paginate, readPage, readText } from "../http";
import { findLocation, findStaff, staffName } from "../lookup";
import type { Route } from "../router";
import { staffJson } from "../shapes";

export const staffRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/staffs",
    handler: ({ state, query }) => {
      const page = readPage(query);
      const locationId = readText(query, "locationId");
      if (locationId !== undefined) findLocation(state, locationId);
      const search = readText(query, "searchText")?.toLowerCase();
      const staff = state.staff.filter(
        (member) =>
          (locationId === undefined || member.locationIds.includes(locationId)) &&
          (search === undefined || staffName(member).toLowerCase().includes(search)),
      );
      return ok(paginate(staff, page).map((member) => staffJson(state, member)));
    },
  },
  {
    method: "GET",
    template: "/v1/staffs/:id",
    handler: ({ state, params }) => ok(staffJson(state, findStaff(state, params.id))),
  },
];
