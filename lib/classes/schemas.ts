// zod/mini: the join and leave forms run these in the browser too.
import * as z from "zod/mini";
import { contactSchema } from "@/lib/contact/contact-schema";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { isCalendarDate, isValidTimeZone } from "@/lib/time/zoned";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import { SERIES_MAX } from "./series";

// Shared by the forms (zodResolver) and the server actions (safeParse). Messages are catalogue keys.
const message = (key: MessageKey) => key;

export const classIdSchema = z.string().check(z.regex(UPSTREAM_ID));

export const timetableWeekInput = z.object({
  week: z.string().check(z.refine(isCalendarDate)),
  timeZone: z.string().check(z.refine(isValidTimeZone)),
});

export const nextClassWeekInput = z.extend(timetableWeekInput, {
  locationId: z.nullable(classIdSchema),
  instructorId: z.nullable(classIdSchema),
  serviceId: z.nullable(classIdSchema),
});

export const joinClassInput = z.object({
  classId: classIdSchema,
  /** Absent when the signed-in client joins in one tap. */
  contact: z.optional(contactSchema),
  /** Only ever sent from "Join the waitlist" on a full class. */
  waitlist: z._default(z.boolean(), false),
});

export const LEAVE_REASON_MAX = 300;

export const leaveReasonSchema = z.object({
  reason: z.string().check(z.trim(), z.maxLength(LEAVE_REASON_MAX, message("classes.leave.reasonTooLong"))),
});

export const leaveClassInput = z.extend(leaveReasonSchema, { classId: classIdSchema });

export type JoinClassInput = z.input<typeof joinClassInput>;
export type LeaveClassInput = z.input<typeof leaveClassInput>;

export const joinClassSeriesInput = z.object({
  classId: classIdSchema,
  /** Later dates of its series, as offered (see `laterInSeries`). */
  classIds: z.array(classIdSchema).check(z.minLength(1), z.maxLength(SERIES_MAX)),
  /** Where a date is full, join its waitlist instead of leaving it out. */
  waitlist: z.boolean(),
});
