import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { MonthAvailability } from "@/lib/booking/types";
import { ActionError, type ActionResult } from "./action-result";
import type { MonthAvailabilityInput } from "./availability-input";
import { monthAvailabilityQuery } from "./month-availability-query";

/** The server's answer for a month, read as the page rendered. */
export interface ServerMonth {
  answer: ActionResult<MonthAvailability>;
  /** When the server read it (epoch ms), so the browser asks again only once it goes stale. */
  readAt: number;
}

/**
 * One month of free slots for the calendar, refetched when the window regains focus. It starts
 * from the server's answer when there is one: its slots without asking again, or its failure,
 * shown until the client retries.
 */
export function useMonthAvailability(input: MonthAvailabilityInput, fromServer: ServerMonth | null) {
  const [retried, setRetried] = useState(false);
  const serverFailure = fromServer && !fromServer.answer.ok && !retried ? fromServer.answer : null;
  const query = useQuery({
    ...monthAvailabilityQuery(input),
    initialData: fromServer?.answer.ok ? fromServer.answer.data : undefined,
    initialDataUpdatedAt: fromServer?.readAt,
    enabled: !serverFailure,
  });
  return {
    data: query.data,
    isPending: query.isPending && !serverFailure,
    /** A read failed and is being tried again. */
    retrying: query.isPending && query.failureCount > 0,
    isError: serverFailure !== null || query.isError,
    /** The failure in plain words, when it came with some. */
    errorMessage: serverFailure?.message ?? (query.error instanceof ActionError ? query.error.message : null),
    retry: () => (serverFailure ? setRetried(true) : void query.refetch()),
  };
}
