import "server-only";
import { runOnce } from "@/lib/booking/request-once";
import { env } from "@/lib/env";
import { log } from "@/lib/log/log";
import type { ConfirmationEvent } from "@/lib/env-schema";
import { getStore } from "@/lib/store";
import { getClass, sendWhatsAppTemplate } from "@/lib/whautomate";
import type { Appointment, ClassParticipant, ClassSession } from "@/lib/whautomate/types";

/** One change a client made, as the confirmation template tells it. */
export interface ConfirmedChange {
  event: ConfirmationEvent;
  /** Unique per change (an appointment, a move to one time, a class place): its message goes once. */
  changeId: string;
  clientId: string;
  clientName: string;
  locationId: string;
  /** The service or class. */
  title: string;
  /** Wall-clock date and time at the location, and its IANA zone. */
  localDate: string;
  localTime: string;
  timeZone: string;
}

type AppointmentEvent = Extract<ConfirmationEvent, "booked" | "rescheduled" | "cancelled">;

/** A move is a new change each time it lands on another time. */
export function appointmentChangeId(
  event: AppointmentEvent,
  appointment: Pick<Appointment, "id" | "startsAt">,
): string {
  return event === "rescheduled" ? `${appointment.id}@${appointment.startsAt}` : appointment.id;
}

export function appointmentChange(event: AppointmentEvent, appointment: Appointment): ConfirmedChange {
  return {
    event,
    changeId: appointmentChangeId(event, appointment),
    clientId: appointment.client.id,
    clientName: appointment.client.fullName,
    locationId: appointment.location.id,
    title: appointment.service.name,
    localDate: appointment.localDate,
    localTime: appointment.localTime,
    timeZone: appointment.timeZone,
  };
}

export function classPlaceChange(
  event: Extract<ConfirmationEvent, `class_${string}`>,
  participant: ClassParticipant,
  session: ClassSession,
): ConfirmedChange {
  return {
    event,
    changeId: participant.id,
    clientId: participant.client.id,
    clientName: participant.client.fullName,
    locationId: session.location.id,
    title: session.name,
    localDate: session.localDate,
    localTime: session.localTime,
    timeZone: session.timeZone,
  };
}

/** "sending": another request for the same change is sending its message right now. */
export type ConfirmationDelivery = "sent" | "failed" | "sending";

// Longer than any repeat of a request can come (the once-only request records last minutes).
const DELIVERY_RECORD_TTL_MS = 2 * 24 * 60 * 60_000;
// A repeat waits no longer than the first send's own upstream timeout before saying "sending".
const REPEAT_WAIT_MS = env.WHAUTOMATE_TIMEOUT_MS;

const deliveryKey = (event: ConfirmationEvent, changeId: string) => `confirmation:${event}:${changeId}`;

function templateParameters(change: ConfirmedChange): string[] {
  return [
    change.clientName,
    env.BUSINESS_NAME,
    change.title,
    `${change.localDate} ${change.localTime}`,
    change.timeZone,
  ];
}

/**
 * With CONFIRMATIONS=portal, sends the change's approved template to the client, once per change
 * whatever the number of requests or instances; null in the other modes, where the portal sends
 * nothing (a change given as a function is then not even read). A failed send is remembered as
 * failed and never retried: its message may still have gone out, and a second one would be a
 * duplicate. It never fails the change itself.
 */
export async function sendConfirmation(
  changed: ConfirmedChange | (() => Promise<ConfirmedChange>),
): Promise<ConfirmationDelivery | null> {
  if (env.CONFIRMATIONS !== "portal") return null;
  let change: ConfirmedChange;
  try {
    change = typeof changed === "function" ? await changed() : changed;
  } catch (error) {
    log.error("confirmation not sent: could not read what changed", { error });
    return "failed";
  }
  const delivery = await runOnce<ConfirmationDelivery>(
    getStore(),
    deliveryKey(change.event, change.changeId),
    {
      ttlMs: DELIVERY_RECORD_TTL_MS,
      waitMs: REPEAT_WAIT_MS,
      remember: (result) => result,
      recall: (stored) => stored as ConfirmationDelivery,
    },
    async () => {
      try {
        await sendWhatsAppTemplate({
          to: { clientId: change.clientId },
          template: {
            name: env.CONFIRMATION_TEMPLATES[change.event],
            language: env.CONFIRMATION_TEMPLATE_LANGUAGE,
          },
          locationId: change.locationId,
          bodyParameters: templateParameters(change),
        });
        return "sent";
      } catch (error) {
        // The client id and the error only: never the phone number or the template's parameters.
        log.error("confirmation send failed", { event: change.event, clientId: change.clientId, error });
        return "failed";
      }
    },
  ).catch((error: unknown) => {
    log.error("confirmation not recorded", { event: change.event, clientId: change.clientId, error });
    return "failed" as const;
  });
  return delivery ?? "sending";
}

/**
 * The confirmation of a class join, once per place. The class is read only when a message is sent:
 * a join whose lost answer was settled later has no copy of it at hand.
 */
export function confirmClassJoin(
  classId: string,
  { participant, waitlisted }: { participant: ClassParticipant; waitlisted: boolean },
): Promise<ConfirmationDelivery | null> {
  return sendConfirmation(async () =>
    classPlaceChange(waitlisted ? "class_waitlisted" : "class_joined", participant, await getClass(classId)),
  );
}

/** How the portal's message about a change went: null when it sent none (not in portal mode, or not yet). */
export async function readConfirmationDelivery(
  event: ConfirmationEvent,
  changeId: string,
): Promise<ConfirmationDelivery | null> {
  if (env.CONFIRMATIONS !== "portal") return null;
  const stored = await getStore()
    .get(deliveryKey(event, changeId))
    .catch(() => null);
  if (stored === "sent" || stored === "failed") return stored;
  return stored === null ? null : "sending";
}
