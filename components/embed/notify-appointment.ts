import { appointmentEventDetailAction } from "./actions";
import { isEmbedHostConnected, notifyEmbedHost } from "./embed-host";

/**
 * After a booking or a move succeeds: tells the embedding page, with the appointment as Whautomate now
 * holds it. Fire and forget, and no request at all outside a frame; nothing on screen depends on it,
 * so it is not a query.
 */
export function notifyEmbedHostOfAppointment(name: "booked" | "rescheduled", appointmentId: string): void {
  if (!isEmbedHostConnected()) return;
  appointmentEventDetailAction({ appointmentId })
    .then((result) => {
      if (result.ok) notifyEmbedHost(name, result.data);
    })
    .catch(() => undefined);
}
