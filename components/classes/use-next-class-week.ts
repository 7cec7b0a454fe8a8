"use client";

import { useQuery } from "@tanstack/react-query";
import { unwrap } from "./action-failure";
import { getNextClassWeek } from "./actions";
import { classKeys, type NextClassWeekKey } from "./keys";

/** Where an empty week points to: the Monday of the next week with a matching class, or null. */
export function useNextClassWeek(input: NextClassWeekKey | null) {
  return useQuery({
    queryKey: classKeys.nextWeek(
      input ?? { week: "", timeZone: "", locationId: null, instructorId: null, serviceId: null },
    ),
    queryFn: async () => unwrap(await getNextClassWeek(input)),
    enabled: input !== null,
  });
}
