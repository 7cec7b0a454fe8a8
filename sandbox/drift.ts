import { parseClockTime } from "./time";

/**
 * Rewrites a successful /v1 answer the way a real account's answers may drift from the vendor's
 * docs: an unknown field on every object with an id, optional fields left out, statuses in other
 * casing (and appointments "CONFIRMED" instead of "Booked"), 24-hour `time` text, and numbers
 * written as text. The app and `npm run check` must cope with all of it.
 */
export function driftAnswer(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(driftAnswer);
  if (typeof body !== "object" || body === null) return body;
  const source = body as Record<string, unknown>;
  const drifted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (OMITTED_FIELDS.has(key)) continue;
    drifted[key] = driftField(key, value, source);
  }
  if (typeof source.id === "string") drifted.customFields = [];
  return drifted;
}

const OMITTED_FIELDS = new Set(["addressLine2", "categories", "bookedFrom", "onlineClassPassCode"]);
const NUMBERS_AS_TEXT = new Set([
  "sellingPrice",
  "costPrice",
  "durationMinutes",
  "numberOfParticipants",
  "bookedParticipants",
  "advanceBookingLimitDays",
  "blockTimeAfterAppointment",
  "advanceClassBookingThresholdMinutes",
  "cancelClassThresholdMinutes",
]);
const TIMES_OF_DAY = new Set(["time", "startTime", "endTime"]);

function driftField(key: string, value: unknown, owner: Record<string, unknown>): unknown {
  if (NUMBERS_AS_TEXT.has(key) && typeof value === "number") return String(value);
  if (key === "status" && typeof value === "string") return driftStatus(value, owner);
  // A slot's startTime is 12-hour text; an appointment's startTime is an ISO datetime, left alone.
  if (TIMES_OF_DAY.has(key) && typeof value === "string" && / [AP]M$/.test(value)) {
    return parseClockTime(value) ?? value;
  }
  return driftAnswer(value);
}

function driftStatus(status: string, owner: Record<string, unknown>): string {
  const isAppointment = "startTimeUTC" in owner && !("bookedParticipants" in owner);
  if (isAppointment && status === "Booked") return "CONFIRMED";
  return status.toUpperCase();
}
