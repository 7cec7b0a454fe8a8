"use server";

import { userMessageKey } from "@/lib/errors/user-message";
import { joinClassInput } from "@/lib/classes/schemas";
import type { ActionResult, ClassDetail } from "@/lib/classes/views";
import { toClientIdentity } from "@/lib/contact/contact-schema";
import { getI18n } from "@/lib/i18n/server";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { limits, requestIp, withinLimit } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { readSession, startSession } from "@/lib/session/session-cookie";
import { clientAllowedFor } from "@/lib/session/session-payload";
import { UpstreamNotFoundError } from "@/lib/whautomate/errors";
import type { ClientIdentity } from "@/lib/whautomate/types";
import { loadClassDetail } from "./server/class-detail";
import { attemptJoin, type JoinRefusal } from "./server/join-class";

type CommonFailure = "invalid" | "rate_limited" | "not_found" | "unavailable";

export type JoinOutcome = { result: "booked" | "waitlisted"; detail: ClassDetail };
export type JoinFailure = CommonFailure | "needs_details" | JoinRefusal;

const refusalMessages: Record<JoinRefusal | CommonFailure | "needs_details", MessageKey> = {
  invalid: "classes.error.invalid",
  rate_limited: "classes.error.rateLimited",
  not_found: "classes.error.notFound",
  unavailable: "error.upstreamUnavailable",
  needs_details: "classes.error.needsDetails",
  cancelled: "classes.error.cancelled",
  started: "classes.error.started",
  booking_closed: "classes.error.bookingClosed",
  full: "classes.error.full",
  already_booked: "classes.error.alreadyBooked",
  already_waitlisted: "classes.error.alreadyWaitlisted",
  not_joined: "classes.error.notJoined",
  unconfirmed: "classes.error.unconfirmed",
};

/** Schema messages are catalogue keys; input the form never sends gets zod's own words, never shown. */
function catalogueKeyOf(message: string): MessageKey {
  return Object.hasOwn(en, message) ? (message as MessageKey) : "form.checkField";
}

async function refuse<Code extends keyof typeof refusalMessages>(
  code: Code,
  fieldErrors?: Record<string, string>,
): Promise<{ ok: false; code: Code; message: string; fieldErrors?: Record<string, string> }> {
  const { t } = await getI18n();
  return { ok: false, code, message: t(refusalMessages[code]), fieldErrors };
}

/** Upstream failures the visitor cannot fix become a plain sentence; the detail is logged. */
async function upstreamFailure(error: unknown) {
  if (error instanceof UpstreamNotFoundError) return refuse("not_found");
  const { t } = await getI18n();
  return { ok: false as const, code: "unavailable" as const, message: t(userMessageKey(error)) };
}

/** The join limits count an hour, per phone and per address, so "from here, a few minutes" would mislead. */
async function tooManyJoins() {
  const { t } = await getI18n();
  return { ok: false as const, code: "rate_limited" as const, message: t("classes.error.tooManyJoins") };
}

// Takes a spot (or, on a full class and only when asked, a waitlist place) for the signed-in client
// or for the person whose name and phone were entered; that person is then known on this device.
export async function joinClass(input: unknown): Promise<ActionResult<JoinOutcome, JoinFailure>> {
  const parsed = joinClassInput.safeParse(input);
  if (!parsed.success) {
    const { t } = await getI18n();
    const fieldErrors = Object.fromEntries(
      parsed.error.issues
        .filter((issue) => issue.path[0] === "contact" && issue.path.length > 1)
        .map((issue) => [String(issue.path[1]), t(catalogueKeyOf(issue.message))]),
    );
    return refuse("invalid", fieldErrors);
  }
  const { classId, contact, waitlist } = parsed.data;
  const session = await readSession();
  // One tap only for a visitor who proved who they are or already holds this class; anyone else
  // gives a name and phone, which proves nothing about other bookings.
  const knownClientId = clientAllowedFor(session, classId) ?? (session?.verified ? session.clientId : null);
  const client: ClientIdentity | null = contact
    ? toClientIdentity(contact)
    : knownClientId
      ? { id: knownClientId }
      : null;
  if (!client) return refuse("needs_details");
  const person = "id" in client ? `client:${client.id}` : `${client.countryCode}${client.phone}`;
  if (!(await withinLimit(limits.classJoinsPerIp, await requestIp()))) return tooManyJoins();
  if (!(await withinLimit(limits.classJoinsPerPerson, person))) return tooManyJoins();
  try {
    const requester = await requesterOf(person, "fullName" in client ? client.fullName : "");
    const attempt = await attemptJoin(classId, client, waitlist, { requester });
    if (!attempt.ok) return refuse(attempt.code);
    const clientId = attempt.participant.client.id;
    await startSession(clientId, { grant: classId });
    const detail = await loadClassDetail(classId, clientId);
    return { ok: true, data: { result: attempt.waitlisted ? "waitlisted" : "booked", detail } };
  } catch (error) {
    return upstreamFailure(error);
  }
}
