import { z } from "zod";

/** What the reschedule confirmation sends: which appointment, to when, and a once-only request id. */
export const rescheduleSchema = z.object({
  appointmentId: z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/),
  startsAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text).toISOString()),
  requestId: z.uuid(),
});

export type RescheduleInput = z.input<typeof rescheduleSchema>;
