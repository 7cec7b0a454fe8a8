import { queryOptions } from "@tanstack/react-query";
import { refetchWhileStale } from "@/components/ui/refetch-while-stale";
import type { MonthAvailability } from "@/lib/booking/types";
import { getJson, READ_RETRIES } from "@/lib/http/get-json";
import type { FailureMessages } from "@/lib/actions/failure-key";
import type { MonthAvailabilityInput } from "./availability-input";
import { availabilityKeys } from "./keys";

/**
 * How long anything read from the free times (a month, a card's next free time, the next free date)
 * is shown without reading it again: they go stale quickly, as other clients book all the time.
 */
export const SLOTS_STALE_MS = 20_000;

/** How the booking journey words a refused read of free times. */
export const availabilityRefusals: FailureMessages<never> = {
  invalid: "booking.selectionInvalid",
  not_found: "booking.selectionInvalid",
  rate_limited: "booking.rateLimited",
};

export function monthAvailabilityQuery(input: MonthAvailabilityInput) {
  return queryOptions({
    queryKey: availabilityKeys.month(input),
    queryFn: ({ signal }) => getJson<MonthAvailability>("/api/availability/month", input, signal),
    staleTime: SLOTS_STALE_MS,
    retry: READ_RETRIES,
    refetchOnWindowFocus: true,
    refetchInterval: refetchWhileStale,
  });
}
