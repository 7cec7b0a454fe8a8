// An upstream answer that breaks its schema (a renamed field, a number where text was) must reach
// the visitor as a plain code and the logs as a line naming the call and the field, never as a
// crash or the vendor's raw data. An upstream that is busy or down is a 503 saying which.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startStubUpstream } from "@/test/support/upstream/stub-upstream";
import { fakeNext, newVisitor } from "@/test/support/actions/action-harness";
import { loadReadRoutes } from "@/test/support/actions/read-routes";

const upstream = await startStubUpstream();
fakeNext(upstream.baseUrl);
const reads = await loadReadRoutes();

afterAll(() => upstream.close());

// lib/log writes errors to stderr.
const logged = vi.spyOn(process.stderr, "write");
beforeEach(() => {
  newVisitor();
  upstream.reset();
  logged.mockReset().mockImplementation(() => true);
});

const loggedLines = () => logged.mock.calls.map(([chunk]) => String(chunk)).join("");

const calendarMonth = {
  locationId: "loc_london",
  serviceId: "svc_signature_cut",
  staffId: "any",
  month: "2026-11",
};

describe("an upstream answer that breaks its schema", () => {
  it("fails the calendar with a code only and logs the call and the field", async () => {
    upstream.answerByDefault(() => ({
      json: [{ id: "svc_signature_cut", name: 45, location: { id: "loc_london" } }],
    }));
    const answer = await reads.month(calendarMonth);
    expect(answer).toEqual({ status: 502, body: { code: "unexpected" }, cacheControl: "no-store" });
    expect(loggedLines()).toMatch(/GET \/v1\/services: \[0\]\.name/);
  });

  it("fails a class page with a code only and logs the call and the field", async () => {
    upstream.answerByDefault(() => ({ json: { id: "cls_1", startTimeUTC: "not a time" } }));
    const answer = await reads.classDetail("cls_1");
    expect(answer).toMatchObject({ status: 502, body: { code: "unexpected" } });
    expect(loggedLines()).toMatch(/GET \/v1\/classes\/cls_1: /);
  });
});

describe("an upstream that cannot answer", () => {
  it("busy (429) is a 503 upstream_busy; down (5xx) a 503 upstream_unavailable", async () => {
    upstream.answerByDefault(() => ({ status: 429, json: { message: "Too many requests" } }));
    expect(await reads.classDetail("cls_busy")).toMatchObject({
      status: 503,
      body: { code: "upstream_busy" },
    });
    upstream.answerByDefault(() => ({ status: 502, text: "bad gateway" }));
    expect(await reads.classDetail("cls_down")).toMatchObject({
      status: 503,
      body: { code: "upstream_unavailable" },
    });
  });
});
