import "server-only";
import { addDaysToDate, utcToZonedParts } from "@/lib/time/zoned";
import { bookAppointment, rescheduleAppointment, UpstreamInvalidRequestError } from "@/lib/whautomate";
import type { Appointment, ClientIdentity } from "@/lib/whautomate/types";
import { dateRange } from "./month";
import { unionSlotsByInstant } from "./month-availability";
import { nearestAlternatives } from "./nearest-alternatives";
import { readStaffDays, type SlotScope } from "./slot-reader";
import type { BookableSlot } from "./types";

export type BookingOutcome =
  { kind: "booked"; appointment: Appointment } | { kind: "slot_taken"; alternatives: BookableSlot[] };

export interface BookingRequest {
  scope: SlotScope;
  startsAt: string;
  client: ClientIdentity;
  notes?: string;
}

interface FreshSlot {
  slot: BookableSlot;
  date: string;
  time: string;
  timeZone: string;
}

/**
 * Re-reads the slots around `startsAt` (never trusting what the browser saw) and finds that one.
 * The location's date of any instant is within a day of its UTC date; the days after it hold the
 * alternatives offered when it is gone.
 */
async function readFreshSlot(scope: SlotScope, startsAt: string) {
  const utcDate = startsAt.slice(0, 10);
  const staffDays = await readStaffDays(
    scope,
    dateRange(addDaysToDate(utcDate, -1), addDaysToDate(utcDate, 3)),
  );
  const fresh = unionSlotsByInstant(staffDays);
  const slotTaken = (): BookingOutcome => ({
    kind: "slot_taken",
    alternatives: nearestAlternatives(fresh, startsAt),
  });
  const slot = fresh.find((candidate) => candidate.startsAt === startsAt);
  const timeZone = staffDays.flatMap(({ days }) => days).find((day) => day.slots.length > 0)?.timeZone;
  const found: FreshSlot | null =
    slot && timeZone ? { slot, timeZone, ...utcToZonedParts(startsAt, timeZone) } : null;
  return { found, slotTaken };
}

/** Books `startsAt` with the first eligible staff member free at that instant, after re-checking it. */
export async function placeBooking({
  scope,
  startsAt,
  client,
  notes,
}: BookingRequest): Promise<BookingOutcome> {
  const { found, slotTaken } = await readFreshSlot(scope, startsAt);
  if (!found) return slotTaken();
  for (const staffId of found.slot.staffIds) {
    try {
      const appointment = await bookAppointment({
        client,
        locationId: scope.locationId,
        serviceId: scope.serviceId,
        staffId,
        date: found.date,
        time: found.time,
        timeZone: found.timeZone,
        notes: notes || undefined,
      });
      return { kind: "booked", appointment };
    } catch (error) {
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
): Promise<BookingOutcome> {
  const { found, slotTaken } = await readFreshSlot(scope, startsAt);
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
    if (!(error instanceof UpstreamInvalidRequestError)) throw error;
    return slotTaken();
  }
}
