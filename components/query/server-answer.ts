import { hashKey, type QueryKey } from "@tanstack/react-query";
import type { ReadFailureCode } from "@/lib/http/read-failure";

/** What the server read for the page's first render, under the query key the browser will use. */
export interface ServerAnswer<T> {
  queryKey: QueryKey;
  data: T;
  /** When the server read it (epoch ms), so the browser asks again only once it goes stale. */
  readAt: number;
}

/** A read the server could not make for the page's first render, under the browser's query key. */
export interface ServerFailure {
  queryKey: QueryKey;
  failure: ReadFailureCode;
}

/** Whether the server's answer is for this very query (the browser's zone or month may differ). */
export function answersKey(answer: { queryKey: QueryKey } | null | undefined, queryKey: QueryKey): boolean {
  return answer != null && hashKey(answer.queryKey) === hashKey(queryKey);
}

/**
 * Query options that start a query from the server's answer when it answered this very key, and
 * from nothing otherwise: the browser then reads it itself.
 */
export function initialDataFrom<T>(
  queryKey: QueryKey,
  answer: ServerAnswer<T> | null | undefined,
): { initialData?: T; initialDataUpdatedAt?: number } {
  if (!answer || !answersKey(answer, queryKey)) return {};
  return { initialData: answer.data, initialDataUpdatedAt: answer.readAt };
}
