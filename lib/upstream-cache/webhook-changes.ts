// What a Whautomate webhook says has changed. Read loosely: the vendor documents only a few event
// names (appointment_scheduled, appointment_cancelled), so any `appointment_*` event that carries
// an appointment, and any event that carries a participant's class, counts as a change.
import { z } from "zod";
import type { AppointmentChange, ClassChange } from "./cache-tags";

export type WebhookChange =
  | { kind: "appointment"; type: string; change: AppointmentChange }
  | { kind: "class"; type: string; change: ClassChange }
  | { kind: "ignored"; type: string | null; reason: "unknown event" | "unreadable payload" };

const idRef = z.looseObject({ id: z.string().min(1) });
// `date` is "YYYY-MM-DD" in the booking's zone; the UTC start is the fallback (±1 day is bumped anyway).
const datedFields = {
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional(),
  startTimeUTC: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T/)
    .optional(),
};
const localDate = (fields: { date?: string; startTimeUTC?: string }) =>
  (fields.date ?? fields.startTimeUTC)?.slice(0, 10);

const envelope = z.looseObject({
  event: z.looseObject({ type: z.string().min(1) }),
  appointment: z.unknown().optional(),
  participant: z.looseObject({ class: z.unknown().optional() }).optional(),
});
const appointmentPayload = z.looseObject({ location: idRef, staff: idRef.nullish(), ...datedFields });
const classPayload = z.looseObject({ id: z.string().min(1), ...datedFields });

export function webhookChange(body: unknown): WebhookChange {
  const parsed = envelope.safeParse(body);
  if (!parsed.success) return { kind: "ignored", type: null, reason: "unreadable payload" };
  const { event, appointment, participant } = parsed.data;
  const unreadable = { kind: "ignored", type: event.type, reason: "unreadable payload" } as const;

  if (event.type.startsWith("appointment_") && appointment !== undefined) {
    const payload = appointmentPayload.safeParse(appointment);
    const date = payload.success ? localDate(payload.data) : undefined;
    if (!payload.success || !date) return unreadable;
    const { location, staff } = payload.data;
    return {
      kind: "appointment",
      type: event.type,
      change: { locationId: location.id, staffId: staff?.id ?? null, localDate: date },
    };
  }
  if (participant?.class !== undefined) {
    const payload = classPayload.safeParse(participant.class);
    const date = payload.success ? localDate(payload.data) : undefined;
    if (!payload.success || !date) return unreadable;
    return { kind: "class", type: event.type, change: { classId: payload.data.id, localDate: date } };
  }
  return { kind: "ignored", type: event.type, reason: "unknown event" };
}
