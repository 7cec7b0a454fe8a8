// Whautomate's appointment and class notification automations, as an account that has turned them
// on sends them: every change the API makes is followed by a WhatsApp template to the client, with
// the business (here the location's title), the service or class, and the local time at the
// location. The template names and their parameters are the business's own in a real account: these
// are our guess at a typical set.
import { findClient, findLocation, findService, newId } from "./lookup";
import { isoInstant, localClockOf, localDateOf, to12Hour } from "./time";
import type { OutboxMessage, SandboxState } from "./types";
import type { WebhookEvent, WebhookEventType } from "./webhooks";

const NOTIFICATION_TEMPLATES: Record<WebhookEventType, string> = {
  appointment_scheduled: "appointment_booked",
  appointment_rescheduled: "appointment_rescheduled",
  appointment_cancelled: "appointment_cancelled",
  class_participant_added: "class_joined",
  class_participant_cancelled: "class_left",
};

const WAITLISTED_TEMPLATE = "class_waitlisted";

interface Subject {
  clientId: string;
  locationId: string;
  serviceId: string;
  startUtc: string;
  timezone: string;
  waitlisted: boolean;
}

function subjectOf(state: SandboxState, event: WebhookEvent): Subject | null {
  const { key } = event.event;
  if (event.appointment) {
    const appointment = state.appointments.find((candidate) => candidate.id === key);
    return appointment ? { ...appointment, waitlisted: false } : null;
  }
  const participant = state.participants.find((candidate) => candidate.id === key);
  const session = participant && state.classes.find((candidate) => candidate.id === participant.classId);
  if (!participant || !session) return null;
  return {
    clientId: participant.clientId,
    locationId: session.locationId,
    serviceId: session.serviceId,
    startUtc: session.startUtc,
    timezone: session.timezone,
    waitlisted: participant.status === "Waitlisted",
  };
}

/** The message the automation sends for one announced change, or null when its subject is gone. */
export function notificationFor(state: SandboxState, event: WebhookEvent, now: number): OutboxMessage | null {
  const subject = subjectOf(state, event);
  if (!subject) return null;
  const client = findClient(state, subject.clientId);
  const location = findLocation(state, subject.locationId);
  const start = Date.parse(subject.startUtc);
  const localTime = `${localDateOf(start, subject.timezone)} ${to12Hour(localClockOf(start, subject.timezone))}`;
  const waitlisted = event.event.type === "class_participant_added" && subject.waitlisted;
  return {
    id: newId("msg"),
    sentBy: "automation",
    to: { phoneNumber: `${client.countryCode}${client.phone}`, clientId: client.id, name: client.fullName },
    template: {
      name: waitlisted ? WAITLISTED_TEMPLATE : NOTIFICATION_TEMPLATES[event.event.type],
      language: client.preferredLanguage ?? "en",
    },
    locationId: location.id,
    bodyTextParameters: [
      client.fullName,
      location.title,
      findService(state, subject.serviceId).name,
      localTime,
      subject.timezone,
    ],
    headerTextParameters: [],
    buttonUrlParameters: [],
    sentAt: isoInstant(now),
  };
}
