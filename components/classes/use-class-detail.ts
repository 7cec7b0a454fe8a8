"use client";

import { useQuery } from "@tanstack/react-query";
import { initialDataFrom, type ServerAnswer } from "@/components/query/server-answer";
import { refetchWhileStale } from "@/components/ui/refetch-while-stale";
import type { ClassDetail } from "@/lib/classes/views";
import { getJson } from "@/lib/http/get-json";
import { classKeys } from "./keys";

/** A class as this visitor may see it, starting from what the server rendered. */
export function useClassDetail(classId: string, fromServer: ServerAnswer<ClassDetail>): ClassDetail {
  const queryKey = classKeys.detail(classId);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => getJson<ClassDetail>(`/api/classes/${encodeURIComponent(classId)}`, {}, signal),
    ...initialDataFrom(queryKey, fromServer),
    refetchInterval: refetchWhileStale,
  });
  return query.data ?? fromServer.data;
}
