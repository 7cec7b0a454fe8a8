import { useQuery } from "@tanstack/react-query";
import type { MonthAvailabilityInput } from "./availability-input";
import { monthAvailabilityQuery } from "./month-availability-query";

/** One month of free slots for the calendar, refetched when the window regains focus. */
export function useMonthAvailability(input: MonthAvailabilityInput) {
  return useQuery(monthAvailabilityQuery(input));
}
