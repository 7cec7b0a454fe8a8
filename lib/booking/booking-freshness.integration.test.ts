// A time booked or moved in the portal is gone (or free again) for the very next visitor, although
// every visitor is served from one cached copy of the free times. The booking action, the month route and
// the cached reads run in plain Node against an in-process sandbox that sends no webhooks, so only
// the app's own invalidation can explain a change.
import { describe, expect, it } from "vitest";
import type { MonthAvailability } from "@/lib/booking/types";
import {
  newVisitor,
  setUpActionHarness,
  signInAs,
  upstreamRequests,
} from "@/test/support/actions/action-harness";
import { loadReadRoutes, readData } from "@/test/support/actions/read-routes";
import { bookingInput, inDays } from "@/test/support/actions/sample-inputs";

// Long enough that only an invalidation can explain a fresh read within a test.
const sandbox = await setUpActionHarness({
  CACHE_AVAILABILITY_SECONDS: "600",
  CACHE_CATALOGUE_SECONDS: "600",
});
const booking = await import("@/components/booking/actions");
const { rescheduleAppointmentAction } = await import("@/components/booking/reschedule-action");
const reads = await loadReadRoutes();
const { loadMonthAvailability } = await import("@/lib/booking/month-loader");
const { resolveSlotScope } = await import("@/lib/booking/slot-scope");

const amelia = { locationId: "loc_london", serviceId: "svc_signature_cut", staffId: "stf_amelia" };
// Another service of hers for the second test, so its month is not already cached by the first.
const consultation = { ...amelia, serviceId: "svc_style_consultation" };
const slotReads = async () => (await upstreamRequests()).byRoute["GET /v1/appointments/slots"] ?? 0;

/** Amelia's free times in a month, as the next visitor's calendar gets them. */
async function freeTimes(month: string, choice = amelia): Promise<string[]> {
  newVisitor();
  return readData<MonthAvailability>(await reads.month({ ...choice, month }), month).starts;
}

/** Reads the month twice, proving the second visitor was served from the cache. */
async function warmFreeTimes(month: string, choice = amelia): Promise<string[]> {
  const first = await freeTimes(month, choice);
  const asked = await slotReads();
  expect(await freeTimes(month, choice)).toEqual(first);
  expect(await slotReads()).toBe(asked);
  return first;
}

/** Books Amelia's consultation through the API, as the front desk would, first free time from `date`. */
async function bookAtFrontDesk(date: string): Promise<{ id: string; startsAt: string; clientId: string }> {
  const { body: days } = await sandbox.get(
    `/v1/appointments/slots?locationId=loc_london&serviceId=svc_style_consultation&staffId=stf_amelia&date=${date}&nextThreeDays=true`,
  );
  const day = (days as Array<{ date: string; slots: Array<{ startTime: string }> }>).find(
    (candidate) => candidate.slots.length > 0,
  );
  if (!day) throw new Error(`Amelia has no free time in the three days from ${date}`);
  const { status, body } = await sandbox.post("/v1/appointments", {
    client: { fullName: "Moving Maud", countryCode: "+44", phone: "7700900456" },
    location: { id: "loc_london" },
    service: { id: "svc_style_consultation" },
    staff: { id: "stf_amelia" },
    date: day.date.slice(0, 10),
    time: day.slots[0]!.startTime,
  });
  expect(status).toBe(200);
  return { id: body.id, startsAt: body.startTimeUTC, clientId: body.client.id };
}

describe("the cached free times after a change made in the portal", () => {
  it("a time booked here is gone for the next visitor at once", async () => {
    const month = inDays(3).slice(0, 7);
    const before = await warmFreeTimes(month);
    const chosen = before.find((startsAt) => startsAt > inDays(1));
    if (!chosen) throw new Error(`Amelia has no free time in ${month}`);

    newVisitor();
    const booked = await booking.bookAppointmentAction({ ...bookingInput(), ...amelia, startsAt: chosen });
    expect(booked).toMatchObject({ ok: true });

    expect(await freeTimes(month)).not.toContain(chosen);
  });

  it("a move here frees the old time and takes the new one for the next visitor at once", async () => {
    const appointment = await bookAtFrontDesk(inDays(4).slice(0, 10));
    const month = appointment.startsAt.slice(0, 7);
    const before = await warmFreeTimes(month, consultation);
    expect(before).not.toContain(appointment.startsAt);
    const target = before.at(-1)!;

    newVisitor();
    signInAs(appointment.clientId);
    const moved = await rescheduleAppointmentAction({
      appointmentId: appointment.id,
      startsAt: target,
      requestId: crypto.randomUUID(),
    });
    expect(moved).toMatchObject({ ok: true });

    const after = await freeTimes(month, consultation);
    expect(after).toContain(appointment.startsAt);
    expect(after).not.toContain(target);
  });
});

describe("the cached free times as time passes", () => {
  // A cached answer, or the last good one kept through an outage, was read before some of its times
  // started: those are past now and must not be offered.
  it("a time that has started since the month was read is not offered", async () => {
    const month = inDays(3).slice(0, 7);
    const cached = await warmFreeTimes(month);
    const started = cached[2];
    if (!started) throw new Error(`Amelia has fewer than three free times in ${month}`);
    const resolved = await resolveSlotScope({ ...amelia, addOnIds: [] });

    const later = await loadMonthAvailability(resolved!.scope, month, new Date(Date.parse(started) + 1));

    expect(later.starts).toEqual(cached.filter((startsAt) => startsAt > started));
  });
});
