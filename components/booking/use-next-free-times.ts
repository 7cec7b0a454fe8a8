import { useQuery } from "@tanstack/react-query";
import type { NextFreeTimes } from "@/lib/booking/types";
import { getJson } from "@/lib/http/get-json";
import type { NextFreeInput } from "./availability-input";
import { availabilityKeys } from "./keys";
import { SLOTS_STALE_MS } from "./month-availability-query";

/** The next free time of every card of a step: one read per step, shared by all its cards. */
export function useNextFreeTimes(input: NextFreeInput) {
  return useQuery({
    queryKey: availabilityKeys.nextFree(input),
    queryFn: ({ signal }) => getJson<NextFreeTimes>("/api/availability/next-free", input, signal),
    staleTime: SLOTS_STALE_MS,
  });
}
