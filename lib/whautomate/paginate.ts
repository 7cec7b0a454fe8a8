import { UpstreamContractError } from "./errors";

export const PAGE_LIMIT = 100;
export const MAX_PAGES = 50;

export type PageFetcher<T> = (page: number, limit: number) => Promise<T[]>;

/**
 * Walks pages from 1 until one comes back shorter than the limit (the API returns bare arrays
 * with no total). Throws rather than truncating silently when maxPages are all full, which is
 * also what an upstream that ignores `page` would look like.
 */
export async function fetchAllPages<T>(
  operation: string,
  fetchPage: PageFetcher<T>,
  { limit = PAGE_LIMIT, maxPages = MAX_PAGES }: { limit?: number; maxPages?: number } = {},
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const pageItems = await fetchPage(page, limit);
    items.push(...pageItems);
    if (pageItems.length < limit) return items;
  }
  throw new UpstreamContractError(
    `${operation}: still full after ${maxPages} pages of ${limit}; narrow the query`,
  );
}
