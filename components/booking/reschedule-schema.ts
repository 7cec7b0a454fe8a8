import { z } from "zod";
import { UPSTREAM_ID } from "@/lib/upstream-id";

/** What the reschedule confirmation sends: which appointment, to when, and a once-only request id. */
export const rescheduleSchema = z.object({
  appointmentId: z.string().regex(UPSTREAM_ID),
  startsAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text).toISOString()),
  requestId: z.uuid(),
});

export type RescheduleInput = z.input<typeof rescheduleSchema>;
