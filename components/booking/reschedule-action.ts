"use server";

import { placeReschedule } from "@/lib/booking/place-booking";
import { runOnce } from "@/lib/booking/request-once";
import { loadRescheduleTarget, rescheduleSelection } from "@/lib/booking/reschedule-target";
import { resolveSlotScope } from "@/lib/booking/slot-scope";
import { env } from "@/lib/env";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { limits, requestIp, withinLimit } from "@/lib/rate-limit/limits";
import { getStore } from "@/lib/store";
import type { RescheduleResult } from "./action-result";
import { rescheduleSchema } from "./reschedule-schema";

const REQUEST_TTL_MS = 10 * 60_000;
const REPEAT_WAIT_MS = 12_000;

type Failure = Exclude<RescheduleResult, { ok: true }>;

async function refusal(code: Exclude<Failure["code"], "slot_taken">, key: MessageKey): Promise<Failure> {
  const { t } = await getI18n();
  return { ok: false, code, message: t(key, { business: env.BUSINESS_NAME }) };
}

// Moves the signed-in client's own appointment to a re-checked free time; one requestId moves it once.
export async function rescheduleAppointmentAction(input: unknown): Promise<RescheduleResult> {
  const parsed = rescheduleSchema.safeParse(input);
  if (!parsed.success) return refusal("invalid", "booking.selectionInvalid");
  const { appointmentId, startsAt, requestId } = parsed.data;
  if (!(await withinLimit(limits.bookingsPerIp, await requestIp()))) {
    return refusal("rate_limited", "booking.rateLimited");
  }
  try {
    const result = await runOnce<RescheduleResult>(
      getStore(),
      `reschedule-request:${requestId}`,
      {
        ttlMs: REQUEST_TTL_MS,
        waitMs: REPEAT_WAIT_MS,
        remember: (outcome) => (outcome.ok ? JSON.stringify(outcome) : null),
        recall: (stored) => JSON.parse(stored) as RescheduleResult,
      },
      async () => {
        const target = await loadRescheduleTarget(appointmentId);
        if (target.kind === "signed_out") return refusal("signed_out", "booking.reschedule.signedOut");
        if (target.kind === "not_found") return refusal("not_found", "booking.reschedule.notFound");
        if (target.kind === "refused") return refusal("not_allowed", "booking.reschedule.notAllowed");
        const resolved = await resolveSlotScope(rescheduleSelection(target.appointment));
        if (!resolved) return refusal("not_allowed", "booking.reschedule.notAllowed");
        const outcome = await placeReschedule(target.appointment, resolved.scope, startsAt);
        if (outcome.kind === "not_checked") return refusal("upstream", "booking.reschedule.notChecked");
        if (outcome.kind === "slot_taken") {
          const { t } = await getI18n();
          return {
            ok: false,
            code: "slot_taken",
            message: t("booking.slotTakenShort"),
            alternatives: outcome.alternatives,
          };
        }
        return { ok: true, data: { appointmentId: outcome.appointment.id } };
      },
    );
    return result ?? (await refusal("in_progress", "booking.stillConfirming"));
  } catch (error) {
    const { t } = await getI18n();
    return { ok: false, code: "upstream", message: t(userMessageKey(error)) };
  }
}
