import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import {
  answersKey,
  initialDataFrom,
  type ServerAnswer,
  type ServerFailure,
} from "@/components/query/server-answer";
import type { MonthAvailability } from "@/lib/booking/types";
import { failureKey } from "@/lib/actions/failure-key";
import type { MonthAvailabilityInput } from "./availability-input";
import { availabilityRefusals, monthAvailabilityQuery } from "./month-availability-query";

/** The month the calendar opens on, as the server read it for the page: its free times, or why not. */
export type FirstMonth = ServerAnswer<MonthAvailability> | ServerFailure;

/**
 * One month of free slots for the calendar, refetched when the window regains focus. It starts
 * from the server's answer when it is this month's: its slots without asking again, or its failure,
 * shown until the client retries.
 */
export function useMonthAvailability(input: MonthAvailabilityInput, firstMonth: FirstMonth | null) {
  const [retried, setRetried] = useState(false);
  const options = monthAvailabilityQuery(input);
  const serverFailure =
    firstMonth && "failure" in firstMonth && answersKey(firstMonth, options.queryKey) && !retried
      ? firstMonth.failure
      : null;
  const query = useQuery({
    ...options,
    ...initialDataFrom(options.queryKey, firstMonth && "data" in firstMonth ? firstMonth : null),
    enabled: serverFailure === null,
  });
  return {
    data: query.data,
    isPending: query.isPending && serverFailure === null,
    /** A read failed and is being tried again. */
    retrying: query.isPending && query.failureCount > 0,
    isError: serverFailure !== null || query.isError,
    /** Why the month could not be read, as a catalogue key. */
    errorKey: failureKey(serverFailure ?? query.error, availabilityRefusals, "booking.slots.loadFailed"),
    retry: () => (serverFailure ? setRetried(true) : void query.refetch()),
  };
}
