// An upstream answer that breaks its schema (a renamed field, a number where text was) must reach
// the visitor as a plain, typed failure and the logs as a line naming the call and the field,
// never as a crash or the vendor's raw data.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startStubUpstream } from "@/lib/whautomate/testing/stub-upstream";
import { fakeNext, newVisitor } from "./testing/action-harness";

const upstream = await startStubUpstream();
fakeNext(upstream.baseUrl);
const { loadMonthAvailabilityAction } = await import("@/components/booking/actions");
const { getClassDetail } = await import("@/components/classes/actions");

afterAll(() => upstream.close());

const logged = vi.spyOn(console, "error");
beforeEach(() => {
  newVisitor();
  upstream.reset();
  logged.mockReset().mockImplementation(() => {});
});

const loggedLines = () => logged.mock.calls.map((call) => call.map(String).join(" ")).join("\n");

describe("an upstream answer that breaks its schema", () => {
  it("fails the calendar with a plain message and logs the call and the field", async () => {
    upstream.answerByDefault(() => ({
      json: [{ id: "svc_signature_cut", name: 45, location: { id: "loc_london" } }],
    }));
    const result = await loadMonthAvailabilityAction({
      locationId: "loc_london",
      serviceId: "svc_signature_cut",
      staffId: "any",
      month: "2026-11",
      timeZone: "Europe/London",
    });
    expect(result).toEqual({ ok: false, code: "upstream", message: expect.stringMatching(/went wrong/) });
    expect(loggedLines()).toMatch(/GET \/v1\/services: \[0\]\.name/);
    expect(JSON.stringify(result)).not.toContain("svc_signature_cut");
  });

  it("fails a class page with a plain message and logs the call and the field", async () => {
    upstream.answerByDefault(() => ({ json: { id: "cls_1", startTimeUTC: "not a time" } }));
    const result = await getClassDetail("cls_1");
    expect(result).toMatchObject({ ok: false, message: expect.any(String) });
    expect(loggedLines()).toMatch(/GET \/v1\/classes\/cls_1: /);
  });
});
