import "server-only";
import { addDaysToDate, utcToZonedParts } from "@/lib/time/zoned";
import { bookAppointment, UpstreamInvalidRequestError } from "@/lib/whautomate";
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

/**
 * Books `startsAt` only after re-reading the slots (never on what the browser saw), with the first
 * eligible staff member free at that instant. When it is gone, offers the nearest free times.
 */
export async function placeBooking({
  scope,
  startsAt,
  client,
  notes,
}: BookingRequest): Promise<BookingOutcome> {
  // The location's date of any instant is within a day of its UTC date; the days after it hold
  // the alternatives.
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
  const locationTimeZone = staffDays
    .flatMap(({ days }) => days)
    .find((day) => day.slots.length > 0)?.timeZone;
  if (!slot || !locationTimeZone) return slotTaken();

  const { date, time } = utcToZonedParts(startsAt, locationTimeZone);
  for (const staffId of slot.staffIds) {
    try {
      const appointment = await bookAppointment({
        client,
        locationId: scope.locationId,
        serviceId: scope.serviceId,
        staffId,
        date,
        time,
        timeZone: locationTimeZone,
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
