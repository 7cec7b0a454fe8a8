import { isReadFailureCode, ReadError } from "./read-failure";

/**
 * How often a failed read is tried again: the app's default, stated in the options of reads that are
 * prefetched, as a prefetch would otherwise not retry at all and the read ahead is the one the
 * visitor then waits on.
 */
export const READ_RETRIES = 1;

export type QueryParams = Record<string, string | null | undefined>;

/** `path` with the given parameters; null and undefined ones are left out. */
function readUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined) search.set(name, value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A GET of one of the app's read routes from the browser, for a TanStack `queryFn`: aborted with
 * the query's `signal`, and a non-2xx answer thrown as a ReadError carrying the route's code.
 */
export async function getJson<T>(path: string, params: QueryParams, signal?: AbortSignal): Promise<T> {
  const response = await fetch(readUrl(path, params), {
    signal,
    headers: { accept: "application/json" },
    credentials: "same-origin",
  });
  if (response.ok) return (await response.json()) as T;
  const body: unknown = await response.json().catch(() => null);
  const code = body && typeof body === "object" && "code" in body ? body.code : null;
  throw new ReadError(isReadFailureCode(code) ? code : "unexpected", response.status);
}
