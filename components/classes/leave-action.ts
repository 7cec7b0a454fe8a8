"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { getOwnedClassParticipation } from "@/lib/bookings/owned";
import { canLeaveClass } from "@/lib/bookings/policy";
import { leaveClassInput } from "@/lib/classes/schemas";
import { bookingChangeLimits } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { invalidateClassOf } from "@/lib/upstream-cache/invalidate";
import { cancelClassParticipant, UpstreamInvalidRequestError } from "@/lib/whautomate";

export type LeaveCode = "signed_out" | "already_cancelled" | "started" | "not_changeable";

const policyRefusals = {
  cancelled: "already_cancelled",
  past: "started",
  not_changeable: "not_changeable",
} as const;

// Gives up the signed-in client's own place in a class (or on its waitlist) before it starts. The place
// is looked up from the session's client, never taken from the request; leaving counts against the same
// per-client limit as cancelling an appointment.
export const leaveClass = defineAction({
  name: "leaveClass",
  input: leaveClassInput,
  limits: bookingChangeLimits,
  run: async ({ classId, reason }) => {
    const session = await readSession();
    if (!session) return fail("signed_out");
    const place = await getOwnedClassParticipation(session, classId);
    if (!place) return fail("not_found");
    const policy = canLeaveClass(place, new Date());
    if (!policy.allowed) return fail(policyRefusals[policy.reason]);
    try {
      await cancelClassParticipant(place.session.id, {
        participantId: place.participant.id,
        reason: reason || undefined,
      });
    } catch (error) {
      if (error instanceof UpstreamInvalidRequestError) return fail("not_changeable");
      throw error;
    }
    await invalidateClassOf(place.session);
    // From the class page too: it empties the browser's cache of server-rendered pages, so going back to
    // "my bookings" shows the class as left rather than as it was (e2e/bookings.spec.ts).
    refresh();
    return succeed(null);
  },
});
