"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/http/get-json";
import { classKeys, type NextClassWeekKey } from "./keys";

/** Where an empty week points to: the Monday of the next week with a matching class, or null. */
export function useNextClassWeek(input: NextClassWeekKey) {
  return useQuery({
    queryKey: classKeys.nextWeek(input),
    queryFn: async ({ signal }) =>
      (await getJson<{ week: string | null }>("/api/classes/next-week", { ...input }, signal)).week,
  });
}
