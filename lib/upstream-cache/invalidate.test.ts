import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rawClass } from "@/test/support/upstream/fixtures";
import { startStubUpstream, type StubUpstream } from "@/test/support/upstream/stub-upstream";

// The app's own wiring: the process-wide cache from the environment, the default connection.
const env = vi.hoisted(() => ({
  WHAUTOMATE_API_URL: "",
  WHAUTOMATE_API_KEY: "test-key",
  WHAUTOMATE_TIMEOUT_MS: 2_000,
  REDIS_URL: undefined,
  CACHE_CATALOGUE_SECONDS: 300,
  CACHE_AVAILABILITY_SECONDS: 20,
  CACHE_KEEP_SECONDS: 3_600,
  UPSTREAM_READS_PER_MINUTE: 200,
}));
vi.mock("@/lib/env", () => ({ env }));

const { cachedGetClass, cachedGetSlots, cachedListClasses, cachedListLocations } =
  await import("./cached-reads");
const { invalidateAppointment, invalidateClass } = await import("./invalidate");

let upstream: StubUpstream;
beforeAll(async () => {
  upstream = await startStubUpstream();
  env.WHAUTOMATE_API_URL = upstream.baseUrl;
});
beforeEach(() => {
  upstream.reset();
  upstream.answerByDefault((request) => {
    if (request.path === "/v1/appointments/slots") {
      const day = {
        date: request.query.get("date"),
        timezone: "Europe/London",
        slots: [{ startTime: "10:30 AM" }],
      };
      return { json: [day] };
    }
    if (request.path === "/v1/locations") return { json: [{ id: "loc_london", title: "Soho Studio" }] };
    if (request.path === "/v1/classes") return { json: [] };
    return { json: rawClass({ id: request.path.split("/").at(-1) }) };
  });
});
afterAll(() => upstream.close());

const slotsAsked = () =>
  upstream.requests.filter((request) => request.path === "/v1/appointments/slots").length;

describe("invalidation through the shared cache", () => {
  it("serves repeated reads from one upstream call", async () => {
    await cachedListLocations();
    expect((await cachedListLocations()).value).toHaveLength(1);
    expect(upstream.requests).toHaveLength(1);
  });

  // If this fails, a booking made here leaves its slot on offer until the cache expires.
  it("reads slots afresh after a booking on their date, not after one on another date", async () => {
    const query = {
      locationId: "loc_london",
      serviceId: "svc_cut",
      staffId: "stf_amelia",
      date: "2027-03-28",
      durationMinutes: 45,
    };
    await cachedGetSlots(query);
    await invalidateAppointment({ locationId: "loc_london", staffId: "stf_amelia", localDate: "2027-04-10" });
    await cachedGetSlots(query);
    expect(slotsAsked()).toBe(1);
    await invalidateAppointment({ locationId: "loc_london", staffId: "stf_amelia", localDate: "2027-03-29" });
    await cachedGetSlots(query);
    expect(slotsAsked()).toBe(2);
  });

  it("reads a class and its week afresh after a join", async () => {
    const week = { startDate: "2027-03-22", endDate: "2027-03-28" };
    await cachedListClasses(week);
    await cachedGetClass("cls_yoga");
    await invalidateClass({ classId: "cls_yoga", localDate: "2027-03-28" });
    expect((await cachedGetClass("cls_yoga")).value.id).toBe("cls_yoga");
    await cachedListClasses(week);
    expect(upstream.requests.map((request) => request.path)).toEqual([
      "/v1/classes",
      "/v1/classes/cls_yoga",
      "/v1/classes/cls_yoga",
      "/v1/classes",
    ]);
  });
});
