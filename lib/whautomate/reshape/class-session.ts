import type { RawClass, RawClientClassBooking, RawParticipant } from "../schemas/classes";
import type { ClassBooking, ClassParticipant, ClassSession } from "../types";
import { locationSummary, serviceSummary, staffSummary, timing } from "./shared";
import { toBookingStatus, toClassStatus, toPaymentStatus } from "./status";

export function reshapeClassSession(raw: RawClass): ClassSession {
  const when = timing(raw.startTimeUTC, raw.endTimeUTC, raw.service.durationMinutes ?? 0, raw.timezone);
  const capacity = raw.numberOfParticipants ?? 0;
  const booked = raw.bookedParticipants ?? 0;
  const isOnline = raw.isOnlineClass ?? false;
  return {
    id: raw.id,
    name: raw.name || raw.service.name || "",
    service: serviceSummary(raw.service, when.startsAt, when.endsAt),
    location: locationSummary(raw.location),
    instructor: staffSummary(raw.staff),
    ...when,
    capacity,
    booked,
    spotsLeft: Math.max(0, capacity - booked),
    ...toClassStatus(raw.status),
    isOnline,
    online:
      isOnline && raw.onlineClassLink
        ? { link: raw.onlineClassLink, passcode: raw.onlineClassPassCode || null }
        : null,
    bookingCutoffMinutes: raw.advanceSettings?.advanceClassBookingThresholdMinutes ?? null,
    cancelCutoffMinutes: raw.advanceSettings?.cancelClassThresholdMinutes ?? null,
  };
}

/** classId: the participant's own field, else the class it was fetched through. */
export function reshapeParticipant(raw: RawParticipant, classId: string | null = null): ClassParticipant {
  return {
    id: raw.id,
    classId: raw.classId ?? classId,
    client: { id: raw.client.id, fullName: raw.client.fullName ?? "" },
    ...toBookingStatus(raw.status),
    paymentStatus: toPaymentStatus(raw.paymentStatus),
  };
}

export function reshapeClassBooking(raw: RawClientClassBooking): ClassBooking {
  return { participant: reshapeParticipant(raw, raw.class.id), session: reshapeClassSession(raw.class) };
}
