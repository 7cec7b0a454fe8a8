// zod/mini: the cancel dialog runs these in the browser too.
import * as z from "zod/mini";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { UPSTREAM_ID } from "@/lib/upstream-id";

const message = (key: MessageKey) => key;

export const bookingIdSchema = z.string().check(z.regex(UPSTREAM_ID));

export const cancelReasonSchema = z.object({
  reason: z.string().check(z.trim(), z.maxLength(300, message("bookings.cancel.reasonTooLong"))),
});

export const cancelAppointmentSchema = z.extend(cancelReasonSchema, { appointmentId: bookingIdSchema });
export type CancelAppointmentInput = z.input<typeof cancelAppointmentSchema>;
