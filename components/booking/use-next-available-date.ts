import { useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/http/get-json";
import type { NextAvailableInput } from "./availability-input";
import { availabilityKeys } from "./keys";
import { SLOTS_STALE_MS } from "./month-availability-query";

/** The first free date after an empty month; only asked for once that month is known to be empty. */
export function useNextAvailableDate(input: NextAvailableInput) {
  return useQuery({
    queryKey: availabilityKeys.nextDate(input),
    queryFn: async ({ signal }) =>
      (await getJson<{ date: string | null }>("/api/availability/next-date", input, signal)).date,
    staleTime: SLOTS_STALE_MS,
  });
}
