import { z } from "zod";
import { parseAddOnIds } from "@/lib/booking/add-ons";
import { isMonth } from "@/lib/booking/month";
import { isValidTimeZone } from "@/lib/time/zoned";
import { UPSTREAM_ID } from "@/lib/upstream-id";

const id = z.string().regex(UPSTREAM_ID);
/** Comma-separated add-on ids, as in the booking link; "" for none. */
const addOns = z
  .string()
  .refine((text) => parseAddOnIds(text) !== null)
  .default("");

/**
 * What the calendar asks for: one month of one service with its add-ons and one staff choice, for a
 * client in any zone.
 */
export const monthAvailabilityInput = z.object({
  locationId: id,
  serviceId: id,
  staffId: id,
  addOns,
  month: z.string().refine(isMonth),
});

export type MonthAvailabilityInput = z.infer<typeof monthAvailabilityInput>;

/** An empty month's search for the next free date: a date only means something in the client's zone. */
export const nextAvailableInput = monthAvailabilityInput.extend({
  timeZone: z.string().max(64).refine(isValidTimeZone),
});

export type NextAvailableInput = z.infer<typeof nextAvailableInput>;

/** The catalogue's next free times: every service at a location, or with `serviceId` each of its staff. */
export const nextFreeInput = z.object({
  locationId: id,
  serviceId: id.optional(),
  /** With `serviceId`: the add-ons chosen, whose length the staff's free times must hold. */
  addOns,
});

export type NextFreeInput = z.input<typeof nextFreeInput>;
