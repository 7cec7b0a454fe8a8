// Route handlers against junk requests: each answers with a 4xx (or the 200 Whautomate needs for
// webhooks it has no use for), never a 500, and nothing reaches the upstream.
import { describe, expect, it } from "vitest";
import { badIds, randomJunk } from "./testing/hostile-values";
import { setUpActionHarness, signInAs, upstreamRequests, webhookSecret } from "./testing/action-harness";

await setUpActionHarness();
const calendarRoute = await import("@/app/bookings/[id]/calendar.ics/route");
const webhookRoute = await import("@/app/api/webhooks/whautomate/route");

describe("route handlers answer junk with a 4xx", () => {
  const calendar = (id: string) =>
    calendarRoute.GET(new Request("http://app.test/bookings/x/calendar.ics"), {
      params: Promise.resolve({ id }),
    });

  it("calendar.ics: ids that are not ids never reach the upstream; unknown or others' appointments are 404", async () => {
    const before = (await upstreamRequests()).total;
    for (const id of badIds) expect((await calendar(id)).status, id).toBe(404);
    signInAs("cli_emma");
    for (const id of badIds) expect((await calendar(id)).status, id).toBe(404);
    expect((await upstreamRequests()).total).toBe(before);
    for (const id of ["apt_does_not_exist", "apt_james_consultation"]) {
      expect((await calendar(id)).status, id).toBe(404);
    }
  });

  it("webhook: a wrong secret is 401, junk 400, oversize 413, unknown shapes 200; nothing reaches the upstream", async () => {
    const secret = webhookSecret;
    const post = (body: string, headers: Record<string, string> = { "x-webhook-secret": secret }) =>
      webhookRoute.POST(
        new Request("http://app.test/api/webhooks/whautomate", { method: "POST", headers, body }),
      );
    const before = (await upstreamRequests()).total;
    expect((await post("{}", {})).status).toBe(401);
    expect((await post("{}", { "x-webhook-secret": `${secret}x` })).status).toBe(401);
    expect((await post("not json")).status).toBe(400);
    expect((await post("x".repeat(70_000))).status).toBe(413);
    const shapes = [
      ...randomJunk(7, 60),
      { event: { type: "appointment_scheduled" }, appointment: { id: 5, location: "<script>" } },
      { event: { type: "class_participant_added" }, participant: { class: { id: ["../x"] } } },
    ];
    for (const [index, shape] of shapes.entries()) {
      expect((await post(JSON.stringify(shape) ?? "null")).status, `shape #${index}`).toBe(200);
    }
    expect((await upstreamRequests()).total).toBe(before);
  });
});
