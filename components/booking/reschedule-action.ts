"use server";

import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed, type Result } from "@/lib/actions/result";
import { placeReschedule } from "@/lib/booking/place-booking";
import { appointmentChange, sendConfirmation } from "@/lib/confirmations/confirmation-message";
import { runOnce } from "@/lib/booking/request-once";
import { loadRescheduleTarget, rescheduleSelection } from "@/lib/booking/reschedule-target";
import { resolveSlotScope } from "@/lib/booking/slot-scope";
import { limits, requestIp } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { getStore } from "@/lib/store";
import { rescheduleSchema } from "./reschedule-schema";

const REQUEST_TTL_MS = 10 * 60_000;
const REPEAT_WAIT_MS = 12_000;

export type RescheduleCode = "signed_out" | "not_allowed" | "not_checked" | "slot_taken" | "in_progress";
type Moved = { appointmentId: string };
export type RescheduleDetail = { alternatives: string[] };
type RescheduleResult = Result<Moved, RescheduleCode, RescheduleDetail>;

// Moves the signed-in client's own appointment to a re-checked free time; one requestId moves it once.
export const rescheduleAppointmentAction = defineAction({
  name: "rescheduleAppointment",
  input: rescheduleSchema,
  limits: async () => [[limits.bookingsPerIp, await requestIp()]],
  run: async ({ appointmentId, startsAt, requestId }): Promise<RescheduleResult> => {
    const session = await readSession();
    if (!session) return fail("signed_out");
    // A copied request id must not read another client's answer: repeats count per client.
    const result = await runOnce<RescheduleResult>(
      getStore(),
      `reschedule-request:${session.clientId}:${requestId}`,
      {
        ttlMs: REQUEST_TTL_MS,
        waitMs: REPEAT_WAIT_MS,
        remember: (outcome) => (outcome.ok ? JSON.stringify(outcome) : null),
        recall: (stored) => JSON.parse(stored) as RescheduleResult,
      },
      async () => {
        const target = await loadRescheduleTarget(appointmentId);
        if (target.kind === "signed_out") return fail("signed_out");
        if (target.kind === "not_found") return fail("not_found");
        if (target.kind === "refused") return fail("not_allowed");
        const resolved = await resolveSlotScope(rescheduleSelection(target.appointment));
        if (!resolved) return fail("not_allowed");
        const outcome = await placeReschedule(target.appointment, resolved.scope, startsAt);
        if (outcome.kind === "not_checked") return fail("not_checked");
        if (outcome.kind === "slot_taken") {
          return fail("slot_taken", { detail: { alternatives: outcome.alternatives } });
        }
        await sendConfirmation(appointmentChange("rescheduled", outcome.appointment));
        return succeed({ appointmentId: outcome.appointment.id });
      },
    );
    return result ?? fail("in_progress");
  },
});
