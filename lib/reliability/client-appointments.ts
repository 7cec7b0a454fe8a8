import "server-only";
import { createHash } from "node:crypto";
import { findClientByPhone } from "@/lib/my-bookings/find-client";
import { addDaysToDate } from "@/lib/time/zoned";
import { listAppointments } from "@/lib/whautomate";
import type { Appointment, BookingStatus, ClientIdentity } from "@/lib/whautomate/types";
import type { Found } from "./unclear-write";

const LIVE_STATUSES: ReadonlySet<BookingStatus> = new Set(["booked", "rescheduled"]);

const digits = (text: string) => text.replace(/\D/g, "");

const e164Of = (client: { countryCode: string; phone: string }) =>
  `+${digits(client.countryCode)}${digits(client.phone)}`;

export function isLiveAppointment(appointment: Pick<Appointment, "status">): boolean {
  return LIVE_STATUSES.has(appointment.status);
}

/** One key per person (client id or phone), hashed so logs and the store never hold a phone number. */
export function identityKey(client: ClientIdentity): string {
  const identity = "id" in client ? `id:${client.id}` : e164Of(client);
  return createHash("sha256").update(identity).digest("base64url").slice(0, 22);
}

async function clientIdOf(client: ClientIdentity): Promise<string | null> {
  if ("id" in client) return client.id;
  const found = await findClientByPhone({
    countryCode: client.countryCode,
    phone: digits(client.phone),
    e164: e164Of(client),
  });
  return found?.id ?? null;
}

export interface PlacedAppointmentTarget {
  locationId: string;
  serviceId: string;
  /** UTC ISO instant. */
  startsAt: string;
  /** The location's date of the instant, give or take a day. */
  localDate: string;
}

/**
 * Asks the upstream whether a booking request whose answer was lost made its appointment: only
 * one carrying the request's own reference counts ("own"); a live appointment of the same client
 * at that time without it may be anyone's with that phone number ("unproven"). Throws when the
 * upstream cannot tell us.
 */
export async function findRequestedAppointment(
  client: ClientIdentity,
  target: PlacedAppointmentTarget,
  reference: string,
): Promise<Found<Appointment>> {
  const clientId = await clientIdOf(client);
  // A new client is only created once the booking passed every check: no client, no booking.
  if (!clientId) return { kind: "none" };
  const appointments = await listAppointments({
    clientId,
    locationId: target.locationId,
    startDate: addDaysToDate(target.localDate, -1),
    endDate: addDaysToDate(target.localDate, 1),
  });
  const instant = Date.parse(target.startsAt);
  const atTarget = appointments.filter(
    (appointment) =>
      isLiveAppointment(appointment) &&
      appointment.service.id === target.serviceId &&
      appointment.location.id === target.locationId &&
      Date.parse(appointment.startsAt) === instant,
  );
  const own = atTarget.find((appointment) => appointment.reference === reference);
  if (own) return { kind: "own", value: own };
  return atTarget.length > 0 ? { kind: "unproven" } : { kind: "none" };
}
