import type { MonthAvailabilityInput, NextAvailableInput } from "./availability-input";

/** Query keys of the booking journey's reads: free times, as a month or as the next free date. */
export const availabilityKeys = {
  all: ["availability"] as const,
  month: (input: MonthAvailabilityInput) => [...availabilityKeys.all, "month", input] as const,
  nextDate: (input: NextAvailableInput) => [...availabilityKeys.all, "next-date", input] as const,
};
