import "server-only";
import { findClientByPhone } from "@/lib/my-bookings/find-client";
import type { NormalisedPhone } from "@/lib/contact/phone";
import { namesDiffer, withTypedName } from "./typed-name-note";

/**
 * The notes to book with. Whautomate files a booking for a known phone under the name it already
 * holds and drops the typed one, so the business is told the typed name whenever the two differ.
 * When the stored client cannot be read, the line is added anyway: a redundant line costs nothing,
 * a silently dropped name could hide a booking made in someone else's name.
 */
export async function notesForBusiness(
  typed: { fullName: string; phone: NormalisedPhone },
  notes: string,
): Promise<string> {
  const stored = await findClientByPhone(typed.phone).then(
    (client) => client?.fullName ?? null,
    () => undefined,
  );
  // No stored client: Whautomate creates one under the typed name.
  if (stored === null) return notes;
  if (stored !== undefined && !namesDiffer(stored, typed.fullName)) return notes;
  return withTypedName(notes, typed.fullName);
}
