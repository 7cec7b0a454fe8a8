"use server";

import * as z from "zod/mini";
import { refresh } from "next/cache";
import { getOwnedClassParticipation } from "@/lib/bookings/owned";
import { canLeaveClass, type LeaveClassPolicy } from "@/lib/bookings/policy";
import { leaveClassInput, type LeaveFrom } from "@/lib/classes/schemas";
import type { ActionResult } from "@/lib/classes/views";
import { env } from "@/lib/env";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { limits, withinLimit } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { invalidateClassOf } from "@/lib/upstream-cache/invalidate";
import { cancelClassParticipant, UpstreamInvalidRequestError, UpstreamNotFoundError } from "@/lib/whautomate";

export type LeaveFailure =
  | "invalid"
  | "signed_out"
  | "rate_limited"
  | "not_found"
  | "already_cancelled"
  | "started"
  | "not_changeable"
  | "unavailable";

const wordings: Record<LeaveFrom, Record<Exclude<LeaveFailure, "unavailable">, MessageKey>> = {
  bookings: {
    invalid: "bookings.error.invalid",
    signed_out: "bookings.error.signedOut",
    rate_limited: "bookings.error.tooMany",
    not_found: "bookings.error.notFound",
    already_cancelled: "bookings.error.alreadyCancelled",
    started: "bookings.policy.notChangeable",
    not_changeable: "bookings.policy.notChangeable",
  },
  class: {
    invalid: "classes.error.invalid",
    signed_out: "classes.error.notSignedIn",
    rate_limited: "classes.error.rateLimited",
    not_found: "classes.error.notFound",
    already_cancelled: "classes.error.notBooked",
    started: "classes.error.started",
    not_changeable: "classes.error.notBooked",
  },
};

const policyRefusals: Record<Extract<LeaveClassPolicy, { allowed: false }>["reason"], LeaveFailure> = {
  cancelled: "already_cancelled",
  past: "started",
  not_changeable: "not_changeable",
};

/** A request that fails validation is still answered in the words of the page it came from. */
function fromOf(input: unknown): LeaveFrom {
  return z.pick(leaveClassInput, { from: true }).safeParse(input).data?.from ?? "bookings";
}

async function refuse(from: LeaveFrom, code: LeaveFailure, error?: unknown) {
  const { t } = await getI18n();
  const message =
    code === "unavailable"
      ? t(userMessageKey(error))
      : t(wordings[from][code], { business: env.BUSINESS_NAME });
  return { ok: false as const, code, message };
}

// Gives up the signed-in client's own place in a class (or on its waitlist) before it starts. The place
// is looked up from the session's client, never taken from the request; leaving counts against the same
// per-client limit as cancelling an appointment.
export async function leaveClass(input: unknown): Promise<ActionResult<null, LeaveFailure>> {
  const parsed = leaveClassInput.safeParse(input);
  if (!parsed.success) return refuse(fromOf(input), "invalid");
  const { classId, reason, from } = parsed.data;
  const session = await readSession();
  if (!session) return refuse(from, "signed_out");
  if (!(await withinLimit(limits.bookingChangesPerClient, session.clientId))) {
    return refuse(from, "rate_limited");
  }
  try {
    const place = await getOwnedClassParticipation(session, classId);
    if (!place) return refuse(from, "not_found");
    const policy = canLeaveClass(place, new Date());
    if (!policy.allowed) return refuse(from, policyRefusals[policy.reason]);
    await cancelClassParticipant(place.session.id, {
      participantId: place.participant.id,
      reason: reason || undefined,
    });
    await invalidateClassOf(place.session);
  } catch (error) {
    if (error instanceof UpstreamInvalidRequestError) return refuse(from, "not_changeable");
    if (error instanceof UpstreamNotFoundError) return refuse(from, "not_found");
    return refuse(from, "unavailable", error);
  }
  // From the class page too: it empties the browser's cache of server-rendered pages, so going back to
  // "my bookings" shows the class as left rather than as it was (e2e/bookings.spec.ts).
  refresh();
  return { ok: true, data: null };
}
