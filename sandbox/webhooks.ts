// Webhook deliveries, as Whautomate sends them to a business's `serverUrl`: the envelope
// {event:{id,type,timeStamp,key}, appointment} or {event, participant:{…, class}} with the
// configured `webhookHeaders`. Only appointment_scheduled and appointment_cancelled are seen in the
// vendor's docs; the reschedule and class participant event names are our guess. `event.key` is
// undocumented: here it is the id of the appointment or participant.
import { z } from "zod";
import { newId } from "./lookup";
import { appointmentJson, classJson, participantJson } from "./shapes";
import { isoInstant } from "./time";
import type { AppointmentRecord, ClassRecord, ParticipantRecord, SandboxState } from "./types";

export type WebhookEventType =
  | "appointment_scheduled"
  | "appointment_rescheduled"
  | "appointment_cancelled"
  | "class_participant_added"
  | "class_participant_cancelled";

export interface WebhookEvent {
  event: { id: string; type: WebhookEventType; timeStamp: string; key: string };
  appointment?: ReturnType<typeof appointmentJson>;
  participant?: ReturnType<typeof participantJson> & { class: ReturnType<typeof classJson> };
}

export interface WebhookDelivery {
  eventId: string;
  type: WebhookEventType;
  url: string;
  /** The receiver's HTTP status, or null when it could not be reached in time. */
  status: number | null;
  error: string | null;
  at: string;
}

export interface WebhookTarget {
  url: string | null;
  headers: Record<string, string>;
}

const DELIVERY_TIMEOUT_MS = 5_000;
const KEPT_DELIVERIES = 100;

function envelope(type: WebhookEventType, key: string, now: number): WebhookEvent["event"] {
  return { id: newId("evt"), type, timeStamp: isoInstant(now), key };
}

export function appointmentEvent(
  type: Extract<WebhookEventType, `appointment_${string}`>,
  state: SandboxState,
  appointment: AppointmentRecord,
  now: number,
): WebhookEvent {
  return { event: envelope(type, appointment.id, now), appointment: appointmentJson(state, appointment) };
}

export function participantEvent(
  type: Extract<WebhookEventType, `class_${string}`>,
  state: SandboxState,
  participant: ParticipantRecord,
  session: ClassRecord,
  now: number,
): WebhookEvent {
  return {
    event: envelope(type, participant.id, now),
    participant: { ...participantJson(state, participant), class: classJson(state, session) },
  };
}

const headerList = z.array(z.object({ key: z.string().min(1), value: z.string() }));
const headerRecord = z.record(z.string().min(1), z.string());

/**
 * `Key: value; Other: value`, a JSON object, or the vendor's `[{"key":…,"value":…}]`.
 * Throws on anything else, naming what it expected.
 */
export function parseWebhookHeaders(text: string): Record<string, string> {
  const trimmed = text.trim();
  if (trimmed === "") return {};
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    const json: unknown = JSON.parse(trimmed);
    const list = headerList.safeParse(json);
    if (list.success) return Object.fromEntries(list.data.map(({ key, value }) => [key, value]));
    return headerRecord.parse(json);
  }
  return Object.fromEntries(
    trimmed
      .split(";")
      .filter((pair) => pair.trim() !== "")
      .map((pair) => {
        const colon = pair.indexOf(":");
        if (colon <= 0) throw new Error(`expected "Key: value" pairs separated by ";", got "${pair.trim()}"`);
        return [pair.slice(0, colon).trim(), pair.slice(colon + 1).trim()];
      }),
  );
}

/** Posts events to the target without holding up the API answer; remembers how each went. */
export class WebhookSender {
  private readonly deliveries: WebhookDelivery[] = [];
  private readonly pending = new Set<Promise<void>>();

  constructor(readonly target: WebhookTarget) {}

  send(events: readonly WebhookEvent[]): void {
    const { url, headers } = this.target;
    if (!url) return;
    for (const event of events) {
      const delivery = this.deliver(url, headers, event).finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    }
  }

  /** Newest last. */
  recent(): WebhookDelivery[] {
    return [...this.deliveries];
  }

  clear(): void {
    this.deliveries.length = 0;
  }

  /** Resolves once every delivery under way has been answered or has timed out. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async deliver(url: string, headers: Record<string, string>, event: WebhookEvent): Promise<void> {
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify(event),
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      status = response.status;
      await response.body?.cancel();
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    this.deliveries.push({
      eventId: event.event.id,
      type: event.event.type,
      url,
      status,
      error,
      at: new Date().toISOString(),
    });
    if (this.deliveries.length > KEPT_DELIVERIES) this.deliveries.shift();
  }
}
