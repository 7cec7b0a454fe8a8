import "server-only";
import { createHash } from "node:crypto";
import { findClientByPhone } from "@/lib/bookings/find-client";
import { addDaysToDate } from "@/lib/time/zoned";
import { listAppointments } from "@/lib/whautomate";
import type { Appointment, ClientIdentity } from "@/lib/whautomate/types";
import { findPlacedAppointment, type PlacedAppointmentTarget } from "./appointment-match";

const digits = (text: string) => text.replace(/\D/g, "");

const e164Of = (client: { countryCode: string; phone: string }) =>
  `+${digits(client.countryCode)}${digits(client.phone)}`;

/** One key per person (client id or phone), hashed so logs and the store never hold a phone number. */
export function identityKey(client: ClientIdentity): string {
  const identity = "id" in client ? `id:${client.id}` : e164Of(client);
  return createHash("sha256").update(identity).digest("base64url").slice(0, 22);
}

async function clientIdOf(client: ClientIdentity): Promise<string | null> {
  if ("id" in client) return client.id;
  const e164 = e164Of(client);
  const found = await findClientByPhone({
    countryCode: client.countryCode,
    phone: digits(client.phone),
    e164,
  });
  return found?.id ?? null;
}

/**
 * Asks the upstream whether the client already holds this appointment (made by a request whose
 * answer was lost). Null when they do not; throws when the upstream cannot tell us.
 */
export async function findClientAppointment(
  client: ClientIdentity,
  target: PlacedAppointmentTarget & { localDate: string },
): Promise<Appointment | null> {
  const clientId = await clientIdOf(client);
  // A new client is only created once the booking passed every check: no client, no booking.
  if (!clientId) return null;
  const appointments = await listAppointments({
    clientId,
    locationId: target.locationId,
    startDate: addDaysToDate(target.localDate, -1),
    endDate: addDaysToDate(target.localDate, 1),
  });
  return findPlacedAppointment(appointments, target);
}
