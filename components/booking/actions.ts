"use server";

import { toClientIdentity } from "@/lib/contact/contact-schema";
import { normalisePhone } from "@/lib/contact/phone";
import { notesForBusiness } from "@/lib/booking/business-notes";
import { placeBooking } from "@/lib/booking/place-booking";
import { appointmentChange, sendConfirmation } from "@/lib/confirmations/confirmation-message";
import { runOnce } from "@/lib/booking/request-once";
import { resolveSlotScope } from "@/lib/booking/slot-scope";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed, type Result } from "@/lib/actions/result";
import { limits, requestIp, withinLimits } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { startSession } from "@/lib/session/session-cookie";
import { getStore } from "@/lib/store";
import { bookingSchema } from "./booking-schema";

const BOOKING_REQUEST_TTL_MS = 10 * 60_000;
// Longer than a booking normally takes, short enough that a stuck request fails visibly.
const REPEAT_WAIT_MS = 12_000;

type Booked = { appointmentId: string; clientId: string };
export type BookCode = "slot_taken" | "not_checked" | "not_booked" | "unconfirmed" | "in_progress";
export type BookDetail = { alternatives: string[] };
type BookResult = Result<Booked, BookCode, BookDetail>;

// Books the chosen time after re-checking it; the same requestId never books twice.
export const bookAppointmentAction = defineAction({
  name: "bookAppointment",
  input: bookingSchema,
  run: async (booking): Promise<Result<{ appointmentId: string }, BookCode, BookDetail>> => {
    // A time that has passed can never be booked: refuse it before spending the upstream's budget.
    if (Date.parse(booking.startsAt) <= Date.now()) return fail("invalid");
    const phone = normalisePhone(booking.country, booking.phone);
    if (!phone) return fail("invalid", { fieldErrors: { phone: "form.phoneInvalid" } });
    const client = toClientIdentity(booking);
    const ip = await requestIp();
    // A request id is the browser's own and can be copied: a repeat from another browser, or with
    // other details, is a new request, never a way to read the first one's answer or its session.
    const requester = await requesterOf(client.fullName, client.countryCode, client.phone);
    const result = await runOnce<BookResult>(
      getStore(),
      `booking-request:${requester}:${booking.requestId}`,
      {
        ttlMs: BOOKING_REQUEST_TTL_MS,
        waitMs: REPEAT_WAIT_MS,
        remember: (outcome) => (outcome.ok ? JSON.stringify(outcome) : null),
        recall: (stored) => JSON.parse(stored) as BookResult,
      },
      async (): Promise<BookResult> => {
        // Counted inside the once-only run: the repeat of a booking whose answer was lost is free.
        const allowed = await withinLimits([
          [limits.bookingsPerIp, ip],
          [limits.bookingsPerPhone, phone.e164],
        ]);
        if (!allowed) return fail("rate_limited");
        const resolved = await resolveSlotScope(booking);
        if (!resolved) return fail("invalid");
        const outcome = await placeBooking({
          scope: resolved.scope,
          startsAt: new Date(booking.startsAt).toISOString(),
          client,
          notes: await notesForBusiness({ fullName: booking.fullName, phone }, booking.notes),
          requester,
        });
        if (outcome.kind === "slot_taken") {
          return fail("slot_taken", { detail: { alternatives: outcome.alternatives } });
        }
        if (outcome.kind !== "booked") return fail(outcome.kind);
        // Inside the once-only run, and once per appointment itself: a repeat sends nothing more.
        await sendConfirmation(appointmentChange("booked", outcome.appointment));
        return succeed({ appointmentId: outcome.appointment.id, clientId: outcome.appointment.client.id });
      },
    );
    if (result === null) return fail("in_progress");
    if (!result.ok) return result;
    // A repeat of a finished request signs the client in as well: its first answer may have been lost.
    await startSession(result.data.clientId, { grant: result.data.appointmentId, name: booking.fullName });
    return succeed({ appointmentId: result.data.appointmentId });
  },
});
