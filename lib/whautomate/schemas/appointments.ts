import { z } from "zod";
import {
  addOnsSchema,
  calendarDateText,
  clientIdentityBody,
  clientRefSchema,
  idBody,
  instantText,
  locationRefSchema,
  optionalText,
  serviceRefSchema,
  staffRefSchema,
  timeOfDay,
  timeZoneName,
  twelveHourTime,
} from "./common";

// startTime/endTime are deliberately absent: they hold local wall-clock time behind a fake "Z".
export const rawAppointmentSchema = z.looseObject({
  id: z.string(),
  location: locationRefSchema,
  client: clientRefSchema,
  staff: staffRefSchema,
  timezone: timeZoneName,
  startTimeUTC: instantText,
  endTimeUTC: instantText.nullish(),
  service: serviceRefSchema,
  addOnServices: addOnsSchema,
  status: optionalText,
  notes: optionalText,
  bookedFrom: optionalText,
  paymentStatus: optionalText,
});

export const rawSlotSchema = z.looseObject({ startTime: timeOfDay, endTime: timeOfDay.nullish() });

export const rawDaySlotsSchema = z.looseObject({
  // "2025-05-12" or "2025-05-12T00:00:00.000Z"; only the wall-clock date counts.
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "expected a date"),
  timezone: timeZoneName.nullish(),
  slots: z.array(rawSlotSchema).nullish(),
});

export const bookAppointmentBody = z.object({
  client: clientIdentityBody,
  location: idBody,
  service: idBody,
  staff: idBody.optional(),
  date: calendarDateText,
  time: twelveHourTime,
  timezone: timeZoneName,
  notes: z.string().max(2000).optional(),
  addOnServices: z.array(idBody).min(1).optional(),
  // The override skips the availability check; a customer-facing app must never set it.
  overrideTimeSlotValidation: z.literal(false),
});

export const rescheduleAppointmentBody = z.object({
  appointmentId: z.string().min(1),
  location: idBody.optional(),
  date: calendarDateText,
  time: twelveHourTime,
  timezone: timeZoneName,
});

export const cancelAppointmentBody = z.object({
  appointmentId: z.string().min(1),
  location: idBody.optional(),
  cancellationReason: z.string().max(500).optional(),
});

export type RawAppointment = z.infer<typeof rawAppointmentSchema>;
export type RawDaySlots = z.infer<typeof rawDaySlotsSchema>;
