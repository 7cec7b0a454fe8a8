import { splitReference } from "../booking-reference";
import type { RawAppointment } from "../schemas/appointments";
import type { Appointment } from "../types";
import { addOnSummaries, locationSummary, serviceSummary, staffSummary, timing } from "./shared";
import { toBookingStatus, toPaymentStatus } from "./status";

export function reshapeAppointment(raw: RawAppointment): Appointment {
  const when = timing(raw.startTimeUTC, raw.endTimeUTC, raw.service.durationMinutes ?? 0, raw.timezone);
  return {
    id: raw.id,
    ...toBookingStatus(raw.status),
    ...when,
    location: locationSummary(raw.location),
    staff: staffSummary(raw.staff),
    client: { id: raw.client.id, fullName: raw.client.fullName ?? "" },
    service: serviceSummary(raw.service, when.startsAt, when.endsAt),
    addOns: addOnSummaries(raw.addOnServices),
    ...splitReference(raw.notes ?? ""),
    bookedFrom: raw.bookedFrom || null,
    paymentStatus: toPaymentStatus(raw.paymentStatus),
  };
}
