import type { MonthAvailabilityInput, NextAvailableInput } from "./availability-input";

/** Query keys of the booking journey: a month of free slots is a list; a booked appointment a detail. */
export const bookingKeys = {
  all: ["booking"] as const,
  lists: () => [...bookingKeys.all, "availability"] as const,
  list: (input: MonthAvailabilityInput) => [...bookingKeys.lists(), input] as const,
  nextAvailable: (input: NextAvailableInput) => [...bookingKeys.all, "next-available", input] as const,
  detail: (appointmentId: string) => [...bookingKeys.all, "appointment", appointmentId] as const,
};
