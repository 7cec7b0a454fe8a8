"use server";

import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { visitorName } from "@/lib/bookings/visitor-name";
import { joinClassInput, type JoinClassInput } from "@/lib/classes/schemas";
import type { ClassDetail } from "@/lib/classes/views";
import { toClientIdentity } from "@/lib/contact/contact-schema";
import { limits, requestIp } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { readSession, startSession } from "@/lib/session/session-cookie";
import { clientAllowedFor, type Session } from "@/lib/session/session-payload";
import type { ClientIdentity } from "@/lib/whautomate/types";
import { loadClassDetail } from "./server/class-detail";
import { attemptJoin, type JoinRefusal } from "./server/join-class";

export type JoinOutcome = { result: "booked" | "waitlisted"; detail: ClassDetail };
export type JoinCode = JoinRefusal | "needs_details";

/**
 * Who joins: the person whose details were entered, or in one tap a visitor who proved who they
 * are or already holds this class; a name and phone prove nothing about other bookings.
 */
function joiningClient(
  { classId, contact }: Pick<JoinClassInput, "classId" | "contact">,
  session: Session | null,
): ClientIdentity | null {
  if (contact) return toClientIdentity(contact);
  const knownClientId = clientAllowedFor(session, classId) ?? (session?.verified ? session.clientId : null);
  return knownClientId ? { id: knownClientId } : null;
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
    const client = joiningClient({ classId, contact }, session);
    if (!client) return fail("needs_details");
    const requester = await requesterOf(personOf(client), "fullName" in client ? client.fullName : "");
    const attempt = await attemptJoin(classId, client, waitlist, { requester });
    if (!attempt.ok) return fail(attempt.code);
    const clientId = attempt.participant.client.id;
    await startSession(clientId, { grant: classId, name: contact?.fullName });
    // The name typed here, never the participant's: the upstream files a known phone under its own.
    // Unlike an appointment, a participant has no notes field to tell the business the typed name.
    const name = contact ? contact.fullName : session && visitorName(session);
    const detail = await loadClassDetail(classId, { clientId, name });
    return succeed<JoinOutcome>({ result: attempt.waitlisted ? "waitlisted" : "booked", detail });
  },
});
