// Route handlers against junk requests: each answers with a 4xx (or the 200 Whautomate needs for
// webhooks it has no use for), never a 500, and nothing reaches the upstream. The read routes are
// public endpoints a script can call with any query string: a bad one is a 400 `{ code }`, with no
// words and nothing of the upstream's.
import { describe, expect, it } from "vitest";
import {
  badDates,
  badIds,
  badMonths,
  badTimeZones,
  randomJunk,
  wrongWholeInputs,
} from "@/test/support/actions/hostile-values";
import {
  expectRefusedWithoutUpstream,
  setUpActionHarness,
  signInAs,
  upstreamRequests,
  webhookSecret,
} from "@/test/support/actions/action-harness";
import { expectInvalidRead, loadReadRoutes, type ReadAnswer } from "@/test/support/actions/read-routes";
import { monthInput } from "@/test/support/actions/sample-inputs";

await setUpActionHarness();
const calendarRoute = await import("@/app/bookings/[id]/calendar.ics/route");
const webhookRoute = await import("@/app/api/webhooks/whautomate/route");
const reads = await loadReadRoutes();

const week = { week: "2026-11-23", timeZone: "Europe/London" };

interface ReadCase {
  name: string;
  run(input: unknown): Promise<ReadAnswer>;
  valid: Record<string, unknown>;
  bad: Record<string, string[]>;
  /** Fields that may be left out. */
  optional?: string[];
}

/**
 * A query string carries text only: each field in turn gets each of its bad values, an empty and a
 * huge one, or is left out.
 */
function queryMutations({ valid, bad, optional = [] }: ReadCase) {
  return Object.entries(bad).flatMap(([field, values]) => [
    ...[...values, "", "x".repeat(200_000)].map((value) => ({
      label: `${field} = ${JSON.stringify(value.slice(0, 24))}`,
      input: { ...valid, [field]: value },
    })),
    ...(optional.includes(field)
      ? []
      : [{ label: `${field} missing`, input: { ...valid, [field]: undefined } }]),
  ]);
}

const readCases: ReadCase[] = [
  {
    name: "GET /api/availability/month",
    run: reads.month,
    valid: monthInput,
    bad: { locationId: badIds, serviceId: badIds, staffId: badIds, month: badMonths },
  },
  {
    name: "GET /api/availability/next-date",
    run: reads.nextDate,
    valid: monthInput,
    bad: { locationId: badIds, serviceId: badIds, staffId: badIds, month: badMonths, timeZone: badTimeZones },
  },
  {
    name: "GET /api/availability/next-free",
    run: reads.nextFree,
    valid: { locationId: monthInput.locationId, serviceId: monthInput.serviceId },
    bad: { locationId: badIds, serviceId: badIds },
    // Without a service: every service's next free time.
    optional: ["serviceId"],
  },
  {
    name: "GET /api/classes/week",
    run: reads.week,
    valid: week,
    bad: { week: badDates, timeZone: badTimeZones },
  },
  {
    name: "GET /api/classes/next-week",
    run: reads.nextWeek,
    valid: { ...week, locationId: null, instructorId: null, serviceId: null },
    bad: {
      week: badDates,
      timeZone: badTimeZones,
      locationId: badIds,
      instructorId: badIds,
      serviceId: badIds,
    },
    // A filter left out is no filter.
    optional: ["locationId", "instructorId", "serviceId"],
  },
];

const labelled = (inputs: unknown[]) => inputs.map((input, index) => ({ label: `input #${index}`, input }));

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

  for (const read of readCases) {
    it(`${read.name}: one bad field at a time is a 400`, async () => {
      await expectRefusedWithoutUpstream(read.run, queryMutations(read), expectInvalidRead);
    });

    it(`${read.name}: whole query strings of the wrong shape are a 400`, async () => {
      await expectRefusedWithoutUpstream(
        read.run,
        labelled([...wrongWholeInputs, ...randomJunk(read.name.length, 150)]),
        expectInvalidRead,
      );
    });
  }

  it("GET /api/classes/[id]: class ids that are not ids are a 400", async () => {
    await expectRefusedWithoutUpstream(
      reads.classDetail,
      labelled([...badIds, "x".repeat(200_000)]),
      expectInvalidRead,
    );
  });
});
