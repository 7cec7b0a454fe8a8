"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { appointmentChange, sendConfirmation } from "@/lib/confirmations/confirmation-message";
import { canChangeAppointment } from "@/lib/my-bookings/policy";
import { getOwnedAppointment } from "@/lib/my-bookings/owned";
import { env } from "@/lib/env";
import { bookingChangeLimits } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { invalidateAppointmentOf } from "@/lib/upstream-cache/invalidate";
import { cancelAppointment, UpstreamInvalidRequestError } from "@/lib/whautomate";
import { cancelAppointmentSchema } from "./schemas";

const policyRefusals = {
  cancelled: "already_cancelled",
  too_late: "too_late",
  past: "not_changeable",
  not_changeable: "not_changeable",
} as const;

// Cancels one of the signed-in client's own appointments, outside the notice window.
export const cancelAppointmentAction = defineAction({
  name: "cancelAppointment",
  input: cancelAppointmentSchema,
  limits: bookingChangeLimits,
  run: async ({ appointmentId, reason }) => {
    const session = await readSession();
    if (!session) return fail("signed_out");
    const appointment = await getOwnedAppointment(session, appointmentId);
    if (!appointment) return fail("not_found");
    const policy = canChangeAppointment(appointment, new Date(), env.CANCEL_NOTICE_HOURS);
    if (!policy.allowed) return fail(policyRefusals[policy.reason]);
    try {
      await cancelAppointment({
        appointmentId: appointment.id,
        locationId: appointment.location.id,
        reason: reason || undefined,
      });
    } catch (error) {
      if (error instanceof UpstreamInvalidRequestError) return fail("not_changeable");
      throw error;
    }
    await invalidateAppointmentOf(appointment);
    // A repeated cancel is refused upstream before this, so only the first one sends.
    await sendConfirmation(appointmentChange("cancelled", appointment));
    refresh();
    return succeed(null);
  },
});
