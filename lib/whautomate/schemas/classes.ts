import { z } from "zod";
import {
  clientIdentityBody,
  clientRefSchema,
  instantText,
  locationRefSchema,
  optionalNumber,
  optionalText,
  serviceRefSchema,
  staffRefSchema,
  timeZoneName,
} from "./common";

export const rawClassSchema = z.looseObject({
  id: z.string(),
  name: optionalText,
  location: locationRefSchema,
  staff: staffRefSchema,
  timezone: timeZoneName,
  startTimeUTC: instantText,
  endTimeUTC: instantText.nullish(),
  service: serviceRefSchema,
  bookedParticipants: optionalNumber,
  numberOfParticipants: optionalNumber,
  status: optionalText,
  isOnlineClass: z.boolean().nullish(),
  onlineClassLink: optionalText,
  onlineClassPassCode: optionalText,
  advanceSettings: z
    .looseObject({
      advanceClassBookingThresholdMinutes: optionalNumber,
      cancelClassThresholdMinutes: optionalNumber,
    })
    .nullish(),
});

export const rawParticipantSchema = z.looseObject({
  id: z.string(),
  classId: optionalText,
  client: clientRefSchema,
  status: optionalText,
  paymentStatus: optionalText,
});

export const rawClientClassBookingSchema = rawParticipantSchema.extend({ class: rawClassSchema });

export const addParticipantBody = z.object({
  client: clientIdentityBody,
  status: z.enum(["BOOKED", "WAITLISTED"]).optional(),
});

export const cancelParticipantBody = z.object({
  participantId: z.string().min(1),
  cancellationReason: z.string().max(500).optional(),
});

export type RawClass = z.infer<typeof rawClassSchema>;
export type RawParticipant = z.infer<typeof rawParticipantSchema>;
export type RawClientClassBooking = z.infer<typeof rawClientClassBookingSchema>;
