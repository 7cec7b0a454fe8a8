"use server";

import { refresh } from "next/cache";
import { canChangeAppointment } from "@/lib/bookings/policy";
import { getOwnedAppointment } from "@/lib/bookings/owned";
import { env } from "@/lib/env";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import { limits, withinLimit } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { invalidateAppointmentOf } from "@/lib/upstream-cache/invalidate";
import type { Session } from "@/lib/session/session-payload";
import { cancelAppointment, UpstreamInvalidRequestError } from "@/lib/whautomate";
import type { ActionResult } from "./action-result";
import { cancelAppointmentSchema } from "./schemas";

export type BookingChangeFailure =
  | "invalid"
  | "signed_out"
  | "rate_limited"
  | "not_found"
  | "already_cancelled"
  | "too_late"
  | "not_changeable"
  | "upstream";

type BookingChangeResult<Data> = ActionResult<Data, BookingChangeFailure>;

async function failure(code: BookingChangeFailure, error?: unknown): Promise<BookingChangeResult<never>> {
  const { t } = await getI18n();
  const business = env.BUSINESS_NAME;
  const messages: Record<BookingChangeFailure, () => string> = {
    invalid: () => t("bookings.error.invalid"),
    signed_out: () => t("bookings.error.signedOut"),
    rate_limited: () => t("bookings.error.tooMany"),
    not_found: () => t("bookings.error.notFound"),
    already_cancelled: () => t("bookings.error.alreadyCancelled"),
    too_late: () => t("bookings.error.tooLate", { business }),
    not_changeable: () => t("bookings.policy.notChangeable", { business }),
    upstream: () => t(userMessageKey(error)),
  };
  return { ok: false, code, message: messages[code]() };
}

/** Who is asking: only ever the session, and within the per-client change limit. */
async function changingClient(): Promise<Session | BookingChangeFailure> {
  const session = await readSession();
  if (!session) return "signed_out";
  if (!(await withinLimit(limits.bookingChangesPerClient, session.clientId))) return "rate_limited";
  return session;
}

// Cancels one of the signed-in client's own appointments, outside the notice window.
export async function cancelAppointmentAction(input: unknown): Promise<BookingChangeResult<null>> {
  const parsed = cancelAppointmentSchema.safeParse(input);
  if (!parsed.success) return failure("invalid");
  const client = await changingClient();
  if (typeof client === "string") return failure(client);
  try {
    const appointment = await getOwnedAppointment(client, parsed.data.appointmentId);
    if (!appointment) return failure("not_found");
    const policy = canChangeAppointment(appointment, new Date(), env.CANCEL_NOTICE_HOURS);
    if (!policy.allowed) {
      return failure(
        policy.reason === "cancelled"
          ? "already_cancelled"
          : policy.reason === "too_late"
            ? "too_late"
            : "not_changeable",
      );
    }
    await cancelAppointment({
      appointmentId: appointment.id,
      locationId: appointment.location.id,
      reason: parsed.data.reason || undefined,
    });
    await invalidateAppointmentOf(appointment);
  } catch (error) {
    return failure(error instanceof UpstreamInvalidRequestError ? "not_changeable" : "upstream", error);
  }
  refresh();
  return { ok: true, data: null };
}
