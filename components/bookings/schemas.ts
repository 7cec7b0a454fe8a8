// zod/mini: the cancel dialog runs these in the browser too.
import * as z from "zod/mini";
import type { MessageKey } from "@/lib/i18n/messages/en";

const message = (key: MessageKey) => key;

// Whautomate ids are opaque; bound them so nothing odd reaches a URL path upstream.
export const bookingIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/));

export const cancelReasonSchema = z.object({
  reason: z.string().check(z.trim(), z.maxLength(300, message("bookings.cancel.reasonTooLong"))),
});

export const cancelAppointmentSchema = z.extend(cancelReasonSchema, { appointmentId: bookingIdSchema });
export type CancelAppointmentInput = z.input<typeof cancelAppointmentSchema>;
