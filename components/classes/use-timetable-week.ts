"use client";

import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { initialDataFrom, type ServerAnswer } from "@/components/query/server-answer";
import { refetchWhileStale } from "@/components/ui/refetch-while-stale";
import type { TimetableWeek } from "@/lib/classes/views";
import { shiftWeek } from "@/lib/classes/week";
import { getJson, READ_RETRIES } from "@/lib/http/get-json";
import { classKeys, type TimetableWeekKey } from "./keys";

function timetableWeekQuery(input: TimetableWeekKey) {
  return queryOptions({
    queryKey: classKeys.week(input),
    queryFn: ({ signal }) => getJson<TimetableWeek>("/api/classes/week", { ...input }, signal),
    retry: READ_RETRIES,
  });
}

/**
 * One week of classes, starting from the server's read when it is that week in that zone; the
 * following week is read alongside so "Next week" is instant. When only the zone changes (the
 * browser's own takes over from the server's guess, or the visitor picks one), the week read in the
 * old zone stays as it is until the new read arrives, instead of blinking into a skeleton: its
 * `timeZone` says which zone it is in.
 */
export function useTimetableWeek(
  input: TimetableWeekKey | null,
  serverWeek: ServerAnswer<TimetableWeek> | null,
) {
  const queryClient = useQueryClient();
  const options = timetableWeekQuery(input ?? { week: "", timeZone: "" });
  const query = useQuery({
    ...options,
    ...initialDataFrom(options.queryKey, serverWeek),
    enabled: input !== null,
    placeholderData: (previous: TimetableWeek | undefined) =>
      previous && previous.week === input?.week ? previous : undefined,
    refetchInterval: refetchWhileStale,
  });
  const week = input?.week;
  const timeZone = input?.timeZone;
  useEffect(() => {
    if (!week || !timeZone) return;
    void queryClient.prefetchQuery(timetableWeekQuery({ week: shiftWeek(week, 1), timeZone }));
  }, [queryClient, week, timeZone]);
  return query;
}
