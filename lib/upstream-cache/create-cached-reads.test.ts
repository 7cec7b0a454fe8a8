import { describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "@/lib/store/memory-store";
import { withStubUpstream } from "@/test/support/upstream/api-harness";
import { rawClass } from "@/test/support/upstream/fixtures";
import type { RecordedRequest, StubAnswer } from "@/test/support/upstream/stub-upstream";
import { appointmentChangeTags, classChangeTags } from "./cache-tags";
import { createCachedReads } from "./create-cached-reads";
import { createReadCache } from "./read-cache";

vi.mock("@/lib/whautomate/client", () => ({
  defaultHttp: () => {
    throw new Error("tests pass their own http");
  },
}));

const harness = withStubUpstream();

/** A small upstream: every list answers with one item; slots echo the dates asked for. */
function answer(request: RecordedRequest): StubAnswer {
  const date = request.query.get("date") ?? "2027-03-28";
  switch (request.path) {
    case "/v1/locations":
      return { json: [{ id: "loc_london", title: "Soho Studio" }] };
    case "/v1/services":
      return { json: [{ id: "svc_cut", name: "Cut", location: { id: "loc_london" }, durationMinutes: 45 }] };
    case "/v1/appointments/slots":
      return { json: [{ date, timezone: "Europe/London", slots: [{ startTime: "10:30 AM" }] }] };
    case "/v1/classes":
      return { json: request.query.get("page") === "1" ? [rawClass()] : [] };
    default:
      return request.path.startsWith("/v1/classes/") ? { json: rawClass() } : { status: 404, json: {} };
  }
}

function setup() {
  let clock = 1_000_000;
  harness.upstream.answerByDefault(answer);
  const cache = createReadCache(createMemoryStore(), () => clock);
  const reads = createCachedReads({
    cache,
    http: harness.http,
    catalogueMs: 300_000,
    availabilityMs: 20_000,
    keepMs: 3_600_000,
  });
  const calls = (path: string) => harness.upstream.requests.filter((request) => request.path === path).length;
  return { cache, reads, calls, tick: (ms: number) => (clock += ms) };
}

const amelia = { locationId: "loc_london", serviceId: "svc_cut", staffId: "stf_amelia", durationMinutes: 45 };

describe("cached reads", () => {
  // If this fails, every page view spends the account's request budget on the catalogue.
  it("keep the catalogue for minutes, per location asked for", async () => {
    const { reads, calls, tick } = setup();
    await reads.listLocations();
    await reads.listServices({ locationId: "loc_london" });
    tick(299_000);
    expect((await reads.listLocations()).value).toEqual([
      { id: "loc_london", title: "Soho Studio", address: "", phone: null },
    ]);
    await reads.listServices({ locationId: "loc_london" });
    expect([calls("/v1/locations"), calls("/v1/services")]).toEqual([1, 1]);
    await reads.listServices();
    tick(2_000);
    await reads.listLocations();
    expect([calls("/v1/locations"), calls("/v1/services")]).toEqual([2, 2]);
  });

  it("keep availability for seconds, per query", async () => {
    const { reads, calls, tick } = setup();
    await reads.getSlots({ ...amelia, date: "2027-03-28" });
    await reads.getSlots({ ...amelia, date: "2027-03-28" });
    await reads.getSlots({ ...amelia, date: "2027-03-28", timeZone: "America/New_York" });
    expect(calls("/v1/appointments/slots")).toBe(2);
    tick(20_001);
    const again = await reads.getSlots({ ...amelia, date: "2027-03-28" });
    expect(again).toMatchObject({
      stale: false,
      value: [{ date: "2027-03-28", slots: [{ localTime: "10:30" }] }],
    });
    expect(calls("/v1/appointments/slots")).toBe(3);
  });

  it("share one upstream call between identical reads in flight", async () => {
    const { reads, calls } = setup();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        reads.getSlots({ ...amelia, date: "2027-03-28", nextThreeDays: true }),
      ),
    );
    expect(calls("/v1/appointments/slots")).toBe(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.value))).size).toBe(1);
  });

  // If this fails, the next visitor is offered a slot this app has just filled.
  it("read a staff member's slots afresh after a booking on a date they cover, and only then", async () => {
    const { cache, reads, calls } = setup();
    const covering = { ...amelia, date: "2027-03-27", nextThreeDays: true };
    const later = { ...amelia, date: "2027-04-01", nextThreeDays: true };
    const oliver = { ...amelia, staffId: "stf_oliver", date: "2027-03-27", nextThreeDays: true };
    for (const query of [covering, later, oliver]) await reads.getSlots(query);
    await cache.invalidate(
      ...appointmentChangeTags({ locationId: "loc_london", staffId: "stf_amelia", localDate: "2027-03-29" }),
    );
    for (const query of [covering, later, oliver]) await reads.getSlots(query);
    expect(harness.upstream.requests.map((request) => request.query.get("date"))).toEqual([
      "2027-03-27",
      "2027-04-01",
      "2027-03-27",
      "2027-03-27",
    ]);
    expect(calls("/v1/appointments/slots")).toBe(4);
  });

  it("read the class and its week afresh after a join, but not other weeks", async () => {
    const { cache, reads, calls } = setup();
    const week = { startDate: "2027-03-22", endDate: "2027-03-28" };
    const nextWeek = { startDate: "2027-03-29", endDate: "2027-04-04" };
    await reads.listClasses(week);
    await reads.listClasses(nextWeek);
    await reads.getClass("cls_1");
    await reads.getClass("cls_2");
    await cache.invalidate(...classChangeTags({ classId: "cls_1", localDate: "2027-03-28" }));
    await reads.listClasses(week);
    await reads.listClasses(nextWeek);
    expect((await reads.getClass("cls_1")).value).toMatchObject({ id: "cls_1", spotsLeft: 3 });
    await reads.getClass("cls_2");
    expect(calls("/v1/classes")).toBe(3);
    expect(
      harness.upstream.requests.filter((request) => request.path.startsWith("/v1/classes/")),
    ).toHaveLength(3);
  });

  it("serve the last good slots, marked stale, while the upstream is down", async () => {
    const { reads, tick } = setup();
    await reads.getSlots({ ...amelia, date: "2027-03-28" });
    tick(60_000);
    harness.upstream.answerByDefault(() => ({ status: 503, json: { message: "Service Unavailable" } }));
    const fallback = await reads.getSlots({ ...amelia, date: "2027-03-28" });
    expect(fallback).toMatchObject({ stale: true, value: [{ date: "2027-03-28" }] });
  });
});
