import "server-only";
import { randomBytes } from "node:crypto";
import {
  findRequestedAppointment,
  identityKey,
  isLiveAppointment,
} from "@/lib/reliability/client-appointments";
import {
  forgetEarlierAttempt,
  isUnclearWriteFailure,
  settleEarlierAttempt,
  settleUnclearWrite,
  type Settled,
  type WriteAttempt,
} from "@/lib/reliability/unclear-write";
import { addDaysToDate, utcToZonedParts } from "@/lib/time/zoned";
import { invalidateAppointment, invalidateAppointmentOf } from "@/lib/upstream-cache/invalidate";
import {
  bookAppointment,
  getAppointment,
  rescheduleAppointment,
  UpstreamInvalidRequestError,
  UpstreamRateLimitedError,
  UpstreamUnavailableError,
} from "@/lib/whautomate";
import type { Appointment, ClientIdentity } from "@/lib/whautomate/types";
import { dateRange } from "./month";
import { unionSlotsByInstant, type FreeSlot } from "./month-availability";
import { nearestAlternatives } from "./nearest-alternatives";
import { readStaffDays, type SlotScope } from "./slot-reader";

export type RescheduleOutcome =
  | { kind: "booked"; appointment: Appointment }
  | { kind: "slot_taken"; alternatives: string[] }
  /** The upstream was busy or down when the time was to be re-checked: nothing was booked or moved. */
  | { kind: "not_checked" };

export type BookingOutcome =
  | RescheduleOutcome
  /** The upstream did not answer the booking; a check of the client's appointments found none. */
  | { kind: "not_booked" }
  /**
   * The upstream did not answer the booking nor the check, or the check found an appointment at
   * that time this request cannot be shown to have made: it may or may not have been made.
   */
  | { kind: "unconfirmed" };

export interface BookingRequest {
  scope: SlotScope;
  startsAt: string;
  client: ClientIdentity;
  notes?: string;
  /** Who asks (see lib/session/requester.ts): only they are told an earlier attempt's booking is theirs. */
  requester: string;
}

interface FreshSlot {
  slot: FreeSlot;
  date: string;
  time: string;
  timeZone: string;
}

/**
 * Re-reads the slots around `startsAt` from the upstream itself (never the cache, never what the
 * browser saw) and finds that one. The location's date of any instant is within a day of its UTC
 * date; the days after it hold the alternatives offered when it is gone. Null when the upstream
 * is busy or down: nothing may be booked without this check.
 */
async function readFreshSlot(scope: SlotScope, startsAt: string) {
  const utcDate = startsAt.slice(0, 10);
  const dates = dateRange(addDaysToDate(utcDate, -1), addDaysToDate(utcDate, 3));
  const read = await readStaffDays(scope, dates, { fresh: true }).catch((error: unknown) => {
    if (error instanceof UpstreamRateLimitedError || error instanceof UpstreamUnavailableError) return null;
    throw error;
  });
  if (!read) return null;
  const fresh = unionSlotsByInstant(read.staffDays);
  const slotTaken = (): RescheduleOutcome => ({
    kind: "slot_taken",
    alternatives: nearestAlternatives(
      fresh.map((slot) => slot.startsAt),
      startsAt,
    ),
  });
  const slot = fresh.find((candidate) => candidate.startsAt === startsAt);
  const timeZone = read.staffDays.flatMap(({ days }) => days).find((day) => day.slots.length > 0)?.timeZone;
  const found: FreshSlot | null =
    slot && timeZone ? { slot, timeZone, ...utcToZonedParts(startsAt, timeZone) } : null;
  return { found, slotTaken };
}

/** The times an outcome changed (or showed the cache had wrong) are read afresh by the next visitor. */
async function invalidateTimes(
  outcome: BookingOutcome,
  scope: SlotScope,
  startsAt: string,
  previous?: Appointment,
): Promise<void> {
  if (outcome.kind === "booked") {
    await Promise.all([outcome.appointment, previous].map((held) => held && invalidateAppointmentOf(held)));
  }
  // Gone or possibly booked, with whichever staff member: every read of the location then.
  if (outcome.kind === "slot_taken" || outcome.kind === "unconfirmed") {
    await invalidateAppointment({
      locationId: scope.locationId,
      staffId: null,
      localDate: startsAt.slice(0, 10),
    });
  }
}

function fromSettled(settled: Settled<Appointment>): BookingOutcome {
  if (settled.kind === "done") return { kind: "booked", appointment: settled.value };
  return { kind: settled.kind === "absent" ? "not_booked" : "unconfirmed" };
}

/**
 * Books `startsAt` with the first eligible staff member free at that instant, after re-checking it.
 * When the upstream's answer is lost (timeout, 5xx, unreadable), the client's appointments are
 * checked before anything is reported, and any later attempt at the same time checks them again
 * before booking: a lost answer never becomes a lost or a second booking.
 */
export async function placeBooking(request: BookingRequest): Promise<BookingOutcome> {
  const outcome = await checkAndBook(request);
  await invalidateTimes(outcome, request.scope, request.startsAt);
  return outcome;
}

async function checkAndBook({
  scope,
  startsAt,
  client,
  notes,
  requester,
}: BookingRequest): Promise<BookingOutcome> {
  const attempt: WriteAttempt = {
    key: `booking:${scope.locationId}:${scope.serviceId}:${startsAt}:${identityKey(client)}`,
    requester,
  };
  const lookUp = (localDate: string) => (reference: string) =>
    findRequestedAppointment(client, { ...scope, startsAt, localDate }, reference);
  // The appointment of an earlier, unclear attempt has taken the slot: look for it before the slot.
  const earlier = await settleEarlierAttempt(attempt, lookUp(startsAt.slice(0, 10)));
  if (earlier && earlier.kind !== "absent") return fromSettled(earlier);

  const check = await readFreshSlot(scope, startsAt);
  if (!check) return { kind: "not_checked" };
  const { found, slotTaken } = check;
  if (!found) return slotTaken();
  const reference = randomBytes(12).toString("base64url");
  for (const staffId of found.slot.staffIds) {
    try {
      const appointment = await bookAppointment({
        client,
        locationId: scope.locationId,
        serviceId: scope.serviceId,
        addOnIds: scope.addOnIds,
        staffId,
        date: found.date,
        time: found.time,
        timeZone: found.timeZone,
        notes: notes || undefined,
        reference,
      });
      if (earlier) await forgetEarlierAttempt(attempt);
      return { kind: "booked", appointment };
    } catch (error) {
      if (isUnclearWriteFailure(error)) {
        return fromSettled(await settleUnclearWrite(attempt, reference, error, lookUp(found.date)));
      }
      // Taken between the re-read and the booking: the next free staff member may still have it.
      if (!(error instanceof UpstreamInvalidRequestError)) throw error;
    }
  }
  return slotTaken();
}

/** Moves an appointment to `startsAt` (same service, staff and location) after re-checking it. */
export async function placeReschedule(
  appointment: Appointment,
  scope: SlotScope,
  startsAt: string,
): Promise<RescheduleOutcome> {
  const outcome = await checkAndMove(appointment, scope, startsAt);
  await invalidateTimes(outcome, scope, startsAt, appointment);
  return outcome;
}

async function checkAndMove(
  appointment: Appointment,
  scope: SlotScope,
  startsAt: string,
): Promise<RescheduleOutcome> {
  const check = await readFreshSlot(scope, startsAt);
  if (!check) return { kind: "not_checked" };
  const { found, slotTaken } = check;
  if (!found) return slotTaken();
  try {
    const moved = await rescheduleAppointment({
      appointmentId: appointment.id,
      locationId: appointment.location.id,
      date: found.date,
      time: found.time,
      timeZone: found.timeZone,
    });
    return { kind: "booked", appointment: moved };
  } catch (error) {
    if (isUnclearWriteFailure(error)) {
      // The same appointment moves, so a repeat cannot double it; only report a move that happened.
      const current = await getAppointment(appointment.id).catch(() => null);
      const moved =
        current && isLiveAppointment(current) && Date.parse(current.startsAt) === Date.parse(startsAt);
      if (moved) return { kind: "booked", appointment: current };
      throw error;
    }
    if (!(error instanceof UpstreamInvalidRequestError)) throw error;
    return slotTaken();
  }
}
