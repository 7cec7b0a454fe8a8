import "server-only";
import { env } from "@/lib/env";
import { verifyManageToken } from "@/lib/session/manage-token";
import { getOwnedAppointment, getOwnedClassParticipation } from "./owned";

export interface ManageGrant {
  clientId: string;
  bookingId: string;
  /** Where the link's booking is shown. */
  destination: string;
}

/** The client and booking a manage token stands for, once its booking still exists and is still theirs. */
export async function redeemManageToken(token: string, now = Date.now()): Promise<ManageGrant | null> {
  const payload = verifyManageToken(token, env.SESSION_SECRETS, now);
  if (!payload) return null;
  const { kind, bookingId, clientId } = payload;
  // The link stands for this one booking only, and so does the session it opens.
  const viewer = { clientId, verified: false, grants: [bookingId] };
  if (kind === "appointment") {
    const appointment = await getOwnedAppointment(viewer, bookingId);
    return appointment
      ? { clientId, bookingId, destination: `/bookings/${encodeURIComponent(appointment.id)}` }
      : null;
  }
  const place = await getOwnedClassParticipation(viewer, bookingId);
  return place
    ? { clientId, bookingId, destination: `/classes/${encodeURIComponent(place.session.id)}` }
    : null;
}
