import { queryOptions } from "@tanstack/react-query";
import { ActionError } from "./action-result";
import { loadMonthAvailabilityAction } from "./actions";
import type { MonthAvailabilityInput } from "./availability-input";
import { bookingKeys } from "./keys";

// Slots go stale quickly: other clients book all the time.
const SLOTS_STALE_MS = 20_000;
// While Whautomate is busy the server retries in the background; asking again this often clears the
// "may be out of date" note soon after it recovers.
const BUSY_REFETCH_MS = 5_000;

export function monthAvailabilityQuery(input: MonthAvailabilityInput) {
  return queryOptions({
    queryKey: bookingKeys.list(input),
    queryFn: async () => {
      const result = await loadMonthAvailabilityAction(input);
      if (!result.ok) throw new ActionError(result);
      return result.data;
    },
    staleTime: SLOTS_STALE_MS,
    refetchOnWindowFocus: true,
    refetchInterval: (query) => (query.state.data?.stale ? BUSY_REFETCH_MS : false),
  });
}
