"use client";

import { useQuery } from "@tanstack/react-query";
import { refetchWhileStale } from "@/components/ui/refetch-while-stale";
import type { ClassDetail } from "@/lib/classes/views";
import { unwrap } from "./action-failure";
import { getClassDetail } from "./actions";
import { classKeys } from "./keys";

/** A class as this visitor may see it, starting from what the server rendered. */
export function useClassDetail(classId: string, initialDetail: ClassDetail) {
  return useQuery({
    queryKey: classKeys.detail(classId),
    queryFn: async () => unwrap(await getClassDetail(classId)),
    initialData: initialDetail,
    initialDataUpdatedAt: initialDetail.checkedAt,
    refetchInterval: refetchWhileStale,
  });
}
