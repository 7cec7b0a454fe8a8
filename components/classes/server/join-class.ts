import "server-only";
import { bookingClosesAt } from "@/lib/classes/class-status";
import { participationOf } from "@/lib/classes/public-class";
import {
  addClassParticipant,
  getClass,
  listClassParticipants,
  searchClients,
  UpstreamInvalidRequestError,
  type ClassParticipant,
  type ClientIdentity,
  type WhautomateHttp,
} from "@/lib/whautomate";
import { defaultHttp } from "@/lib/whautomate/client";
import { invalidateClassOf } from "@/lib/upstream-cache/invalidate";
import { identityKey } from "@/lib/reliability/client-appointments";
import {
  isUnclearWriteFailure,
  settleEarlierAttempt,
  settleUnclearWrite,
  type Found,
  type Settled,
  type WriteAttempt,
} from "@/lib/reliability/unclear-write";

export type JoinRefusal =
  | "cancelled"
  | "started"
  | "booking_closed"
  | "full"
  | "already_booked"
  | "already_waitlisted"
  /** The upstream did not answer the join; the class's participants show the client is not in it. */
  | "not_joined"
  /**
   * The upstream answered neither the join nor the check, or the check found a place this join
   * cannot be shown to have made: the client may or may not be in.
   */
  | "unconfirmed";

export type JoinAttempt =
  { ok: true; participant: ClassParticipant; waitlisted: boolean } | { ok: false; code: JoinRefusal };

/** The vendor refuses with a 400 and a sentence; these are the sentences it is known to use. */
function refusalOf(error: unknown): JoinRefusal | "already_added" | null {
  if (!(error instanceof UpstreamInvalidRequestError)) return null;
  const said = (error.upstreamMessage ?? "").toLowerCase();
  if (said.includes("full")) return "full";
  if (said.includes("already added") || said.includes("already booked")) return "already_added";
  if (said.includes("cancelled") || said.includes("canceled")) return "cancelled";
  if (said.includes("started")) return "started";
  return null;
}

function placeIn(participants: ClassParticipant[], clientId: string): JoinRefusal | null {
  const participation = participationOf(participants, clientId);
  if (participation === "booked") return "already_booked";
  if (participation === "waitlisted") return "already_waitlisted";
  return null;
}

/** The API has no phone filter: search by the digits and match country code and number exactly. */
async function clientIdByPhone(
  identity: { countryCode: string; phone: string },
  http: WhautomateHttp,
): Promise<string | null> {
  const searchText = `${identity.countryCode}${identity.phone}`.replace("+", "");
  const candidates = await searchClients({ searchText }, http);
  const digits = (text: string) => text.replace(/\D/g, "");
  const match = candidates.find(
    (client) =>
      digits(client.countryCode) === digits(identity.countryCode) &&
      digits(client.phone) === digits(identity.phone),
  );
  return match?.id ?? null;
}

const isLive = (participant: ClassParticipant) =>
  participant.status === "booked" || participant.status === "waitlisted";

/**
 * The client's live place in the class, as a join whose answer was lost can claim it: only a place
 * that was not there before the join ("own"); one that was may be anyone's with that phone number.
 */
async function placeMadeSince(
  classId: string,
  client: ClientIdentity,
  placesBefore: string[],
  http: WhautomateHttp,
): Promise<Found<ClassParticipant>> {
  const clientId = "id" in client ? client.id : await clientIdByPhone(client, http);
  if (!clientId) return { kind: "none" };
  const places = (await listClassParticipants(classId, http)).filter(
    (participant) => participant.client.id === clientId && isLive(participant),
  );
  const own = places.find((participant) => !placesBefore.includes(participant.id));
  if (own) return { kind: "own", value: own };
  return places.length > 0 ? { kind: "unproven" } : { kind: "none" };
}

function joined(participant: ClassParticipant): JoinAttempt {
  return { ok: true, participant, waitlisted: participant.status === "waitlisted" };
}

function fromSettled(settled: Settled<ClassParticipant>): JoinAttempt {
  if (settled.kind === "done") return joined(settled.value);
  return { ok: false, code: settled.kind === "absent" ? "not_joined" : "unconfirmed" };
}

/**
 * Re-reads the class before joining, because the timetable the client saw may be minutes old; the
 * upstream still has the last word (two clients racing for the last spot both pass these checks).
 */
export async function attemptJoin(
  classId: string,
  client: ClientIdentity,
  waitlist: boolean,
  {
    requester,
    now = Date.now(),
    http = defaultHttp(),
  }: { requester: string; now?: number; http?: WhautomateHttp },
): Promise<JoinAttempt> {
  const knownClientId = "id" in client ? client.id : null;
  // When an earlier join's answer was lost, its place is looked for before anything else: found,
  // it is this join's answer; unknown, nothing is added that could be a second place.
  const attempt: WriteAttempt = { key: `class:${classId}:${identityKey(client)}`, requester };
  const lookUp = (placesBefore: string[]) => placeMadeSince(classId, client, placesBefore, http);
  const earlier = await settleEarlierAttempt(attempt, lookUp);
  if (earlier && earlier.kind !== "absent") return fromSettled(earlier);
  // The places before the join are its proof: after a lost answer, only a new one can be its own.
  const [session, participants] = await Promise.all([
    getClass(classId, http),
    listClassParticipants(classId, http),
  ]);
  const existingPlace = knownClientId ? placeIn(participants, knownClientId) : null;
  if (session.status === "cancelled") return { ok: false, code: "cancelled" };
  if (Date.parse(session.startsAt) <= now) return { ok: false, code: "started" };
  if (existingPlace) return { ok: false, code: existingPlace };
  if (now >= bookingClosesAt(session)) return { ok: false, code: "booking_closed" };
  const full = session.spotsLeft <= 0;
  if (full && !waitlist) return { ok: false, code: "full" };
  try {
    const participant = await addClassParticipant(
      classId,
      { client, status: full ? "WAITLISTED" : undefined },
      http,
    );
    return joined(participant);
  } catch (error) {
    if (isUnclearWriteFailure(error)) {
      const placesBefore = participants.map((participant) => participant.id);
      return fromSettled(await settleUnclearWrite(attempt, placesBefore, error, lookUp));
    }
    const refusal = refusalOf(error);
    if (refusal === null) throw error;
    if (refusal !== "already_added") return { ok: false, code: refusal };
    const clientId = knownClientId ?? ("phone" in client ? await clientIdByPhone(client, http) : null);
    const place = clientId && placeIn(await listClassParticipants(classId, http), clientId);
    return { ok: false, code: place || "already_booked" };
  } finally {
    // Whatever the answer, the class changed or the timetable's copy of it was wrong ("full").
    await invalidateClassOf(session);
  }
}
