import "server-only";
import { readSession } from "@/lib/session/session-cookie";
import { getClient } from "@/lib/whautomate";

/** Name and phone of the client this browser booked as before; empty when unknown or unreadable. */
export async function returningClientPrefill(): Promise<{ name?: string; phone?: string }> {
  try {
    const session = await readSession();
    // Only a verified visitor: an unverified one may merely know the phone number, not the name.
    if (!session?.verified) return {};
    const client = await getClient(session.clientId);
    return { name: client.fullName, phone: `${client.countryCode}${client.phone}` };
  } catch {
    // Prefill is a convenience: the form still works empty.
    return {};
  }
}
