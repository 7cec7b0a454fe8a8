"use server";

import { toClientIdentity } from "@/lib/contact/contact-schema";
import { normalisePhone } from "@/lib/contact/phone";
import { placeBooking } from "@/lib/booking/place-booking";
import { runOnce } from "@/lib/booking/request-once";
import { resolveSlotScope } from "@/lib/booking/slot-scope";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import { limits, requestIp, withinLimit } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { startSession } from "@/lib/session/session-cookie";
import { getStore } from "@/lib/store";
import type { BookResult } from "./action-result";
import { bookingSchema } from "./booking-schema";

const BOOKING_REQUEST_TTL_MS = 10 * 60_000;
// Longer than a booking normally takes, short enough that a stuck request fails visibly.
const REPEAT_WAIT_MS = 12_000;

async function failure(code: "invalid" | "rate_limited" | "upstream", error?: unknown) {
  const { t } = await getI18n();
  const message =
    code === "invalid"
      ? t("booking.selectionInvalid")
      : code === "rate_limited"
        ? t("booking.rateLimited")
        : t(userMessageKey(error));
  return { ok: false as const, code, message };
}

type Booked = { ok: true; appointmentId: string; clientId: string };

const notBookedMessages = {
  not_checked: "booking.notChecked",
  not_booked: "booking.notBooked",
  unconfirmed: "booking.unconfirmed",
} as const;

// Books the chosen time after re-checking it; the same requestId never books twice.
export async function bookAppointmentAction(input: unknown): Promise<BookResult> {
  const parsed = bookingSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "")] ??= issue.message;
    return { ...(await failure("invalid")), fieldErrors };
  }
  const booking = parsed.data;
  // A time that has passed can never be booked: refuse it before spending the upstream's budget.
  if (Date.parse(booking.startsAt) <= Date.now()) return failure("invalid");
  const ip = await requestIp();
  const client = toClientIdentity(booking);

  try {
    // A request id is the browser's own and can be copied: a repeat from another browser, or with
    // other details, is a new request, never a way to read the first one's answer or its session.
    const requester = await requesterOf(client.fullName, client.countryCode, client.phone);
    const result = await runOnce<Booked | Exclude<BookResult, { ok: true }>>(
      getStore(),
      `booking-request:${requester}:${booking.requestId}`,
      {
        ttlMs: BOOKING_REQUEST_TTL_MS,
        waitMs: REPEAT_WAIT_MS,
        remember: (outcome) => (outcome.ok ? JSON.stringify(outcome) : null),
        recall: (stored) => JSON.parse(stored) as Booked,
      },
      async () => {
        const phone = normalisePhone(booking.country, booking.phone)?.e164 ?? booking.phone;
        const withinLimits =
          (await withinLimit(limits.bookingsPerIp, ip)) &&
          (await withinLimit(limits.bookingsPerPhone, phone));
        if (!withinLimits) return failure("rate_limited");
        const resolved = await resolveSlotScope(booking);
        if (!resolved) return failure("invalid");
        const outcome = await placeBooking({
          scope: resolved.scope,
          startsAt: new Date(booking.startsAt).toISOString(),
          client,
          notes: booking.notes,
          requester,
        });
        if (outcome.kind === "slot_taken") {
          const { t } = await getI18n();
          return {
            ok: false as const,
            code: "slot_taken" as const,
            message: t("booking.slotTakenShort"),
            alternatives: outcome.alternatives,
          };
        }
        if (outcome.kind !== "booked") {
          const { t } = await getI18n();
          return {
            ok: false as const,
            code: "upstream" as const,
            message: t(notBookedMessages[outcome.kind]),
          };
        }
        const { appointment } = outcome;
        return { ok: true as const, appointmentId: appointment.id, clientId: appointment.client.id };
      },
    );
    if (result === null) {
      const { t } = await getI18n();
      return { ok: false, code: "in_progress", message: t("booking.stillConfirming") };
    }
    if (!result.ok) return result;
    // A repeat of a finished request signs the client in as well: its first answer may have been lost.
    await startSession(result.clientId, { grant: result.appointmentId });
    return { ok: true, data: { appointmentId: result.appointmentId } };
  } catch (error) {
    return failure("upstream", error);
  }
}
