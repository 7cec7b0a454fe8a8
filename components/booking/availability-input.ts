import { z } from "zod";
import { isMonth } from "@/lib/booking/month";
import { isValidTimeZone } from "@/lib/time/zoned";

const id = z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/);

/** What the calendar asks for: one month of one service with one staff choice, in the client's zone. */
export const monthAvailabilityInput = z.object({
  locationId: id,
  serviceId: id,
  staffId: id,
  month: z.string().refine(isMonth),
  timeZone: z.string().max(64).refine(isValidTimeZone),
});

export type MonthAvailabilityInput = z.infer<typeof monthAvailabilityInput>;
