import { z } from "zod";
import { contactSchema } from "@/lib/contact/contact-schema";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { isCalendarDate, isValidTimeZone } from "@/lib/time/zoned";

// Shared by the forms (zodResolver) and the server actions (safeParse). Messages are catalogue keys.
const message = (key: MessageKey) => key;

export const classIdSchema = z.string().regex(/^[\w-]{1,100}$/);

export const timetableWeekInput = z.object({
  week: z.string().refine(isCalendarDate),
  timeZone: z.string().refine(isValidTimeZone),
});

export const nextClassWeekInput = timetableWeekInput.extend({
  locationId: classIdSchema.nullable(),
  instructorId: classIdSchema.nullable(),
  serviceId: classIdSchema.nullable(),
});

export const joinClassInput = z.object({
  classId: classIdSchema,
  /** Absent when the signed-in client joins in one tap. */
  contact: contactSchema.optional(),
  /** Only ever sent from "Join the waitlist" on a full class. */
  waitlist: z.boolean().default(false),
});

export const LEAVE_REASON_MAX = 300;

export const leaveReasonSchema = z.object({
  reason: z.string().trim().max(LEAVE_REASON_MAX, message("classes.leave.reasonTooLong")),
});

export const leaveClassInput = leaveReasonSchema.extend({ classId: classIdSchema });

export type JoinClassInput = z.input<typeof joinClassInput>;
export type LeaveClassInput = z.input<typeof leaveClassInput>;
