"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { refetchWhileStale } from "@/components/ui/refetch-while-stale";
import type { TimetableWeek } from "@/lib/classes/views";
import { shiftWeek } from "@/lib/classes/week";
import { unwrap } from "./action-failure";
import { getTimetableWeek } from "./actions";
import { classKeys, type TimetableWeekKey } from "./keys";

function timetableWeekQuery(input: TimetableWeekKey) {
  return {
    queryKey: classKeys.list(input),
    queryFn: async () => unwrap(await getTimetableWeek(input)),
  };
}

/**
 * One week of classes, starting from the server's read when it is that week in that zone; the
 * following week is fetched in the background so "Next week" is instant. When only the zone changes
 * (the browser's own takes over from the server's guess, or the visitor picks one), the week read
 * in the old zone stays as it is until the new read arrives, instead of blinking into a skeleton:
 * its `timeZone` says which zone it is in.
 */
export function useTimetableWeek(input: TimetableWeekKey | null, serverWeek: TimetableWeek | null) {
  const queryClient = useQueryClient();
  const fromServer =
    serverWeek && serverWeek.week === input?.week && serverWeek.timeZone === input.timeZone
      ? serverWeek
      : null;
  const query = useQuery({
    ...timetableWeekQuery(input ?? { week: "", timeZone: "" }),
    enabled: input !== null,
    initialData: fromServer ?? undefined,
    initialDataUpdatedAt: fromServer?.checkedAt,
    placeholderData: (previous: TimetableWeek | undefined) =>
      previous && previous.week === input?.week ? previous : undefined,
    refetchInterval: refetchWhileStale,
  });
  const week = input?.week;
  const timeZone = input?.timeZone;
  const loaded = query.isSuccess && !query.isPlaceholderData;
  useEffect(() => {
    if (!week || !timeZone || !loaded) return;
    void queryClient.prefetchQuery(timetableWeekQuery({ week: shiftWeek(week, 1), timeZone }));
  }, [queryClient, week, timeZone, loaded]);
  return query;
}
