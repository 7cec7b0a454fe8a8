import { describe, expect, it, vi } from "vitest";
import { listLocations, listServiceCategories, listServices, listStaff } from "./catalogue";
import { withStubUpstream } from "@/test/support/upstream/api-harness";

vi.mock("./client", () => ({
  defaultHttp: () => {
    throw new Error("tests pass their own http");
  },
}));

const harness = withStubUpstream();

describe("catalogue", () => {
  it("reads locations, staff, services and categories from their endpoints", async () => {
    harness.upstream.answer(
      { json: [{ id: "loc_1", title: "Centro", addressLine1: "Rua A" }] },
      { json: [{ id: "stf_1", firstName: "Ana", lastName: "Lima", active: false }] },
      {
        json: [
          {
            id: "svc_1",
            serviceType: "CLASS",
            name: "Yoga",
            location: { id: "loc_1", title: "Centro" },
            durationMinutes: 60,
            active: true,
            allowOnlineBooking: true,
          },
        ],
      },
      { json: [{ id: "cat_1", name: "Wellness", location: { id: "loc_1" }, slug: "wellness" }] },
    );
    expect(await listLocations(harness.http)).toEqual([
      { id: "loc_1", title: "Centro", address: "Rua A", phone: null },
    ]);
    expect(await listStaff({ locationId: "loc_1" }, harness.http)).toEqual([
      { id: "stf_1", name: "Ana Lima", locationIds: [], active: false, description: null },
    ]);
    expect(await listServices({ locationId: "loc_1" }, harness.http)).toMatchObject([
      { kind: "class", bookableOnline: true },
    ]);
    expect(await listServiceCategories(harness.http)).toEqual([
      { id: "cat_1", name: "Wellness", locationId: "loc_1" },
    ]);
    expect(harness.upstream.requests.map((request) => request.path)).toEqual([
      "/v1/locations",
      "/v1/staffs",
      "/v1/services",
      "/v1/serviceCategories",
    ]);
    expect(harness.upstream.requests[1]?.query.get("locationId")).toBe("loc_1");
  });
});
