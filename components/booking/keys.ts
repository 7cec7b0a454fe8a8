import type { MonthAvailabilityInput, NextAvailableInput, NextFreeInput } from "./availability-input";

/**
 * Query keys of the booking journey's reads: free times, as a month, as the next free date after an
 * empty month, or as the catalogue cards' next free times.
 */
export const availabilityKeys = {
  all: ["availability"] as const,
  month: (input: MonthAvailabilityInput) => [...availabilityKeys.all, "month", input] as const,
  nextDate: (input: NextAvailableInput) => [...availabilityKeys.all, "next-date", input] as const,
  nextFree: (input: NextFreeInput) => [...availabilityKeys.all, "next-free", input] as const,
};

// Here rather than beside the schemas: those are zod, which the browser's bundle must not carry.
/** The month the calendar asks for on a page with these choices, the same on the server and in the browser. */
export function monthInputOf(
  params: { location?: string; service?: string; addOns?: string; staff?: string },
  month: string,
): MonthAvailabilityInput {
  return {
    locationId: params.location ?? "",
    serviceId: params.service ?? "",
    staffId: params.staff ?? "",
    addOns: params.addOns ?? "",
    month,
  };
}
