"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { notifyEmbedHost } from "@/components/embed/embed-host";
import { updateDetailSpots, updateWeekClass } from "@/lib/classes/optimistic";
import type { PublicClassSession } from "@/lib/classes/public-class";
import type { ClassDetail, TimetableWeek } from "@/lib/classes/views";
import { unwrap } from "@/lib/actions/result";
import { leaveClass } from "./actions";
import { classKeys } from "./keys";

/**
 * Gives the spot back at once wherever the class is shown; it is taken again if the studio's system
 * refuses. The class and the timetables are read afresh afterwards whichever page it was left from,
 * and the action refreshes the page itself.
 */
export function useLeaveClass(session: Pick<PublicClassSession, "id" | "startsAt" | "endsAt">) {
  const queryClient = useQueryClient();
  const classId = session.id;
  return useMutation<
    null,
    Error,
    { reason: string },
    { detail?: ClassDetail; weeks: [readonly unknown[], TimetableWeek | undefined][] }
  >({
    mutationFn: async ({ reason }) => unwrap(await leaveClass({ classId, reason })),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: classKeys.detail(classId) });
      await queryClient.cancelQueries({ queryKey: classKeys.weeks() });
      const detail = queryClient.getQueryData<ClassDetail>(classKeys.detail(classId));
      const weeks = queryClient.getQueriesData<TimetableWeek>({ queryKey: classKeys.weeks() });
      // Leaving the waitlist frees no spot.
      const heldSpot = detail?.participation === "booked";
      if (detail)
        queryClient.setQueryData(classKeys.detail(classId), updateDetailSpots(detail, heldSpot ? -1 : 0));
      queryClient.setQueriesData<TimetableWeek>({ queryKey: classKeys.weeks() }, (week) =>
        week ? updateWeekClass(week, classId, heldSpot ? -1 : 0) : week,
      );
      return { detail, weeks };
    },
    onError: (_error, _request, snapshot) => {
      if (snapshot?.detail) queryClient.setQueryData(classKeys.detail(classId), snapshot.detail);
      for (const [key, week] of snapshot?.weeks ?? []) queryClient.setQueryData(key, week);
    },
    onSuccess: () =>
      notifyEmbedHost("class-left", {
        id: classId,
        start: session.startsAt,
        end: session.endsAt,
        status: "cancelled",
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: classKeys.detail(classId) }),
        queryClient.invalidateQueries({ queryKey: classKeys.weeks() }),
      ]),
  });
}
