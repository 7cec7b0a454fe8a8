import { queryOptions } from "@tanstack/react-query";
import { refetchWhileStale } from "@/components/ui/refetch-while-stale";
import { ActionError } from "./action-result";
import { loadMonthAvailabilityAction } from "./actions";
import type { MonthAvailabilityInput } from "./availability-input";
import { bookingKeys } from "./keys";

// Slots go stale quickly: other clients book all the time.
const SLOTS_STALE_MS = 20_000;

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
    refetchInterval: refetchWhileStale,
  });
}
