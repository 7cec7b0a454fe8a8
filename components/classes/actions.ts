"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { getOwnedClassParticipation } from "@/lib/my-bookings/owned";
import { canLeaveClass } from "@/lib/my-bookings/policy";
import { visitorName } from "@/lib/my-bookings/visitor-name";
import {
  classPlaceChange,
  confirmClassJoin,
  sendConfirmation,
  type ConfirmationDelivery,
} from "@/lib/confirmations/confirmation-message";
import { joinClassInput, leaveClassInput, type JoinClassInput } from "@/lib/classes/schemas";
import type { ClassDetail } from "@/lib/classes/views";
import { toClientIdentity } from "@/lib/contact/contact-schema";
import { bookingChangeLimits, limits, requestIp } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { readSession, startSession } from "@/lib/session/session-cookie";
import type { Session } from "@/lib/session/session-payload";
import { invalidateClassOf } from "@/lib/upstream-cache/invalidate";
import { cancelClassParticipant, UpstreamInvalidRequestError } from "@/lib/whautomate";
import type { ClientIdentity } from "@/lib/whautomate/types";
import { loadClassDetail } from "./server/class-detail";
import { attemptJoin, type JoinRefusal } from "./server/join-class";

export type JoinOutcome = {
  result: "booked" | "waitlisted";
  detail: ClassDetail;
  /** How the portal's WhatsApp confirmation went; null when the portal sends none. */
  confirmation: ConfirmationDelivery | null;
};
export type JoinCode = JoinRefusal | "needs_details";

/**
 * Who joins: the person whose details were entered, or in one tap the client this device already
 * knows (their details were entered here, or they proved their phone). That books no one the visitor
 * could not book by typing the same details again; seeing that client's other bookings still takes
 * a grant or a code.
 */
function joiningClient(
  { contact }: Pick<JoinClassInput, "contact">,
  session: Session | null,
): ClientIdentity | null {
  if (contact) return toClientIdentity(contact);
  return session ? { id: session.clientId } : null;
}

const personOf = (client: ClientIdentity) =>
  "id" in client ? `client:${client.id}` : `${client.countryCode}${client.phone}`;

// Takes a spot (or, on a full class and only when asked, a waitlist place) for the signed-in client
// or for the person whose name and phone were entered; that person is then known on this device.
export const joinClass = defineAction({
  name: "joinClass",
  input: joinClassInput,
  limits: async (input) => {
    const client = joiningClient(input, await readSession());
    return [
      [limits.classJoinsPerIp, await requestIp()],
      ...(client ? [[limits.classJoinsPerPerson, personOf(client)] as const] : []),
    ];
  },
  run: async ({ classId, contact, waitlist }) => {
    const session = await readSession();
    const client = joiningClient({ contact }, session);
    if (!client) return fail("needs_details");
    const requester = await requesterOf(personOf(client), "fullName" in client ? client.fullName : "");
    const attempt = await attemptJoin(classId, client, waitlist, { requester });
    if (!attempt.ok) return fail(attempt.code);
    const clientId = attempt.participant.client.id;
    const confirmation = await confirmClassJoin(classId, attempt);
    await startSession(clientId, { grant: classId, name: contact?.fullName });
    // The name typed here, never the participant's: the upstream files a known phone under its own.
    // Unlike an appointment, a participant has no notes field to tell the business the typed name.
    const name = contact ? contact.fullName : session && visitorName(session);
    const detail = await loadClassDetail(classId, { clientId, name });
    return succeed<JoinOutcome>({
      result: attempt.waitlisted ? "waitlisted" : "booked",
      detail,
      confirmation,
    });
  },
});

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
    await sendConfirmation(classPlaceChange("class_left", place.participant, place.session));
    // From the class page too: it empties the browser's cache of server-rendered pages, so going back to
    // "my bookings" shows the class as left rather than as it was (e2e/bookings.spec.ts).
    refresh();
    return succeed(null);
  },
});
