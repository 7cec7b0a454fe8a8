"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { notifyEmbedHost } from "@/components/embed/embed-host";
import type { ContactInput } from "@/lib/contact/contact-schema";
import { updateDetailSpots, updateWeekClass } from "@/lib/classes/optimistic";
import type { ClassDetail, TimetableWeek } from "@/lib/classes/views";
import { unwrap } from "@/lib/actions/result";
import { joinClass, type JoinOutcome } from "./actions";
import { classKeys } from "./keys";

export interface JoinRequest {
  /** Absent for the signed-in client's one-tap join. */
  contact?: ContactInput;
  waitlist?: boolean;
}

/** Takes a spot at once on screen; the spot is given back if the studio's system refuses. */
export function useJoinClass(classId: string) {
  const queryClient = useQueryClient();
  return useMutation<
    JoinOutcome,
    Error,
    JoinRequest,
    { detail?: ClassDetail; weeks: [readonly unknown[], TimetableWeek | undefined][] }
  >({
    mutationFn: async (request) => unwrap(await joinClass({ classId, ...request })),
    onMutate: async (request) => {
      await queryClient.cancelQueries({ queryKey: classKeys.detail(classId) });
      await queryClient.cancelQueries({ queryKey: classKeys.weeks() });
      const detail = queryClient.getQueryData<ClassDetail>(classKeys.detail(classId));
      const weeks = queryClient.getQueriesData<TimetableWeek>({ queryKey: classKeys.weeks() });
      // A waitlist place takes no spot.
      if (!request.waitlist) {
        if (detail) queryClient.setQueryData(classKeys.detail(classId), updateDetailSpots(detail, 1));
        queryClient.setQueriesData<TimetableWeek>({ queryKey: classKeys.weeks() }, (week) =>
          week ? updateWeekClass(week, classId, 1) : week,
        );
      }
      return { detail, weeks };
    },
    onError: (_error, _request, snapshot) => {
      if (snapshot?.detail) queryClient.setQueryData(classKeys.detail(classId), snapshot.detail);
      for (const [key, week] of snapshot?.weeks ?? []) queryClient.setQueryData(key, week);
    },
    onSuccess: (outcome) => {
      queryClient.setQueryData(classKeys.detail(classId), outcome.detail);
      const { id, startsAt, endsAt } = outcome.detail.session;
      notifyEmbedHost("class-joined", { id, start: startsAt, end: endsAt, status: outcome.result });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: classKeys.detail(classId) }),
        queryClient.invalidateQueries({ queryKey: classKeys.weeks() }),
      ]),
  });
}
