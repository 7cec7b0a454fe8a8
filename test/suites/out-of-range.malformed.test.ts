// Input that is well formed but wrong: unknown or unbookable ids, times long past or far ahead,
// script where text is allowed, other clients' bookings. Each gets a typed answer and changes
// nothing upstream; script is kept as text, never as markup.
import { describe, expect, it } from "vitest";
import {
  expectRefusedWithoutUpstream,
  expectTypedFailure,
  newVisitor,
  setUpActionHarness,
  signInAs,
  upstreamRequests,
  writes,
} from "@/test/support/actions/action-harness";
import { loadReadRoutes, readData } from "@/test/support/actions/read-routes";
import { bookingInput, firstFreeTime, inDays, monthInput } from "@/test/support/actions/sample-inputs";

const sandbox = await setUpActionHarness();
const booking = await import("@/components/booking/actions");
const { rescheduleAppointmentAction } = await import("@/components/booking/reschedule-action");
const bookings = await import("@/components/my-bookings/actions");
const { appointmentEventDetailAction } = await import("@/components/embed/actions");
const { joinClass, leaveClass } = await import("@/components/classes/actions");
const reads = await loadReadRoutes();
const { limits } = await import("@/lib/rate-limit/limits");

describe("well-formed but wrong input gets a typed answer and changes nothing", () => {
  it("bookings of unknown or unbookable places, services, staff and times are refused without a write", async () => {
    const before = await upstreamRequests();
    const changes = [
      { locationId: "loc_nowhere" },
      { serviceId: "svc_unknown" },
      { serviceId: "svc_hot_stone_massage" },
      { serviceId: "svc_home_visit", locationId: "loc_mumbai" },
      { serviceId: "svc_vinyasa_yoga" },
      { staffId: "stf_priya" },
      { startsAt: inDays(3 * 365) },
      { startsAt: "2099-01-01T10:07:00.000Z" },
    ];
    for (const change of changes) {
      expectTypedFailure(
        await booking.bookAppointmentAction({ ...bookingInput(), ...change }),
        JSON.stringify(change),
      );
    }
    expect(writes(await upstreamRequests())).toBe(writes(before));
  });

  it("a time that has passed is refused before the upstream is asked anything", async () => {
    const past = ["1970-01-01T00:00:00.000Z", inDays(-1), new Date(Date.now() - 1000).toISOString()];
    await expectRefusedWithoutUpstream(
      booking.bookAppointmentAction,
      past.map((startsAt) => ({ label: startsAt, input: { ...bookingInput(), startsAt } })),
    );
  });

  it("months long past or far ahead are an empty calendar, never an error", async () => {
    for (const month of ["1970-01", "2999-12"]) {
      expect(readData(await reads.month({ ...monthInput, month }), month)).toMatchObject({ starts: [] });
      expect(readData(await reads.nextDate({ ...monthInput, month }), month)).toHaveProperty("date");
    }
  });

  it("a service not offered there, or a class that does not exist, is a 4xx code without words", async () => {
    expect(await reads.month({ ...monthInput, serviceId: "svc_unknown" })).toMatchObject({
      status: 400,
      body: { code: "invalid" },
    });
    expect(await reads.nextDate({ ...monthInput, locationId: "loc_mumbai" })).toMatchObject({
      status: 400,
      body: { code: "invalid" },
    });
    expect(await reads.nextFree({ locationId: "loc_mumbai", serviceId: monthInput.serviceId })).toMatchObject(
      {
        status: 400,
        body: { code: "invalid" },
      },
    );
    expect(await reads.classDetail("cls_does_not_exist")).toEqual({
      status: 404,
      body: { code: "not_found" },
      cacheControl: "no-store",
    });
  });

  it("reads that depend on the session are never kept by a shared cache; the rest only to ask again", async () => {
    signInAs("cli_emma");
    const week = { week: inDays(0).slice(0, 10), timeZone: "Europe/London" };
    const answers = {
      private: [await reads.week(week), await reads.classDetail("cls_pilates_last_spot")],
      public: [
        await reads.month(monthInput),
        await reads.nextDate(monthInput),
        await reads.nextFree({ locationId: monthInput.locationId }),
        await reads.nextWeek({ ...week, week: "2026-11-23" }),
      ],
    };
    for (const answer of answers.private)
      expect(answer).toMatchObject({ status: 200, cacheControl: "private, no-store" });
    for (const answer of answers.public) {
      expect(answer).toMatchObject({ status: 200, cacheControl: "public, max-age=0, must-revalidate" });
    }
  });

  it("past the per-address limit a read is a 429 code, and the upstream is not asked", async () => {
    newVisitor();
    for (let read = 0; read < limits.availabilityPerIp.limit; read++) {
      expect((await reads.month(monthInput)).status).toBe(200);
    }
    const before = (await upstreamRequests()).total;
    expect(await reads.month(monthInput)).toMatchObject({ status: 429, body: { code: "rate_limited" } });
    expect(await reads.nextDate(monthInput)).toMatchObject({ status: 429, body: { code: "rate_limited" } });
    expect(await reads.nextFree({ locationId: monthInput.locationId })).toMatchObject({
      status: 429,
      body: { code: "rate_limited" },
    });
    expect((await upstreamRequests()).total).toBe(before);
  });

  it("script in a name is refused; script in notes is stored as plain text", async () => {
    const named = await booking.bookAppointmentAction({
      ...bookingInput(),
      fullName: "<img src=x onerror=alert(1)>",
    });
    expect(named).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { fullName: expect.any(String) },
    });

    const notes = `<script>alert("notes")</script><img src=x onerror=alert(2)> & "quoted"`;
    const result = await booking.bookAppointmentAction({
      ...bookingInput(),
      startsAt: await firstFreeTime(reads.month),
      notes,
    });
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.data.appointmentId : "";
    const stored = (await sandbox.get(`/v1/appointments/${id}`)).body.notes as string;
    expect(stored).toMatch(/\n\nOnline booking reference: [\w-]{16}$/);
    expect(stored.slice(0, notes.length)).toBe(notes);
  });

  it("joins of classes that do not exist, have started or are cancelled are refused without a write", async () => {
    const before = await upstreamRequests();
    const contact = { fullName: "Ada Lovelace", country: "GB", phone: "07700 900777" };
    const expected = {
      cls_does_not_exist: "not_found",
      cls_yoga_past: "started",
      cls_yoga_cancelled: "cancelled",
    };
    for (const [classId, code] of Object.entries(expected)) {
      expect(await joinClass({ classId, contact }), classId).toMatchObject({ ok: false, code });
    }
    expect(writes(await upstreamRequests())).toBe(writes(before));
  });

  it("a signed-in client cannot reach another client's bookings or ids that do not exist", async () => {
    signInAs("cli_emma");
    const before = await upstreamRequests();
    const results = [
      await bookings.cancelAppointmentAction({ appointmentId: "apt_james_consultation", reason: "" }),
      await bookings.cancelAppointmentAction({ appointmentId: "apt_does_not_exist", reason: "" }),
      await leaveClass({ classId: "cls_does_not_exist", reason: "" }),
      await leaveClass({ classId: "cls_yoga_full", reason: "" }),
      await rescheduleAppointmentAction({
        appointmentId: "apt_james_consultation",
        startsAt: inDays(3),
        requestId: crypto.randomUUID(),
      }),
      await appointmentEventDetailAction({ appointmentId: "apt_james_consultation" }),
    ];
    for (const [index, result] of results.entries()) {
      expect(result, `call #${index}`).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(writes(await upstreamRequests())).toBe(writes(before));
  });
});
