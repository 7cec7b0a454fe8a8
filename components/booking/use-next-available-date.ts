import { skipToken, useQuery } from "@tanstack/react-query";
import { ActionError } from "./action-result";
import { findNextAvailableDateAction } from "./actions";
import type { NextAvailableInput } from "./availability-input";
import { bookingKeys } from "./keys";

/** The first free date after an empty month; only asked for once that month is known to be empty. */
export function useNextAvailableDate(input: NextAvailableInput | null) {
  return useQuery({
    queryKey: input ? bookingKeys.nextAvailable(input) : [...bookingKeys.all, "next-available", "idle"],
    queryFn: input
      ? async () => {
          const result = await findNextAvailableDateAction(input);
          if (!result.ok) throw new ActionError(result);
          return result.data.date;
        }
      : skipToken,
    staleTime: 60_000,
  });
}
