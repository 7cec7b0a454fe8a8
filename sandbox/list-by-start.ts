import { inDateRange, paginate, readLocalDate, readPage, readText } from "./http";
import { findClient, findLocation, findStaff } from "./lookup";
import { localDateOf } from "./time";
import type { SandboxState } from "./types";

const idFilters = { clientId: findClient, staffId: findStaff, locationId: findLocation };
export type IdFilter = keyof typeof idFilters;

/** What a list is filtered and ordered by: an appointment, or a class. */
type Scheduled = { startUtc: string; timezone: string } & Partial<Record<IdFilter, string>>;

/**
 * The vendor's list query over things that start at a time: `page`/`limit`, `startDate`/`endDate`
 * (local dates, in each item's own zone) and the given id filters, each of which must name something
 * that exists (400 for bad paging or dates first, then 404 `Invalid <field>`). Earliest first.
 */
export function listByStart<T>(
  state: SandboxState,
  query: URLSearchParams,
  filters: readonly IdFilter[],
  items: readonly T[],
  scheduleOf: (item: T) => Scheduled,
): T[] {
  const page = readPage(query);
  const startDate = readLocalDate(query, "startDate");
  const endDate = readLocalDate(query, "endDate");
  const wanted = filters.flatMap((name) => {
    const id = readText(query, name);
    if (id === undefined) return [];
    idFilters[name](state, id);
    return [{ name, id }];
  });
  const startOf = (item: T) => Date.parse(scheduleOf(item).startUtc);
  const matching = items
    .filter((item) => {
      const schedule = scheduleOf(item);
      const localDate = localDateOf(Date.parse(schedule.startUtc), schedule.timezone);
      return (
        wanted.every(({ name, id }) => schedule[name] === id) && inDateRange(localDate, startDate, endDate)
      );
    })
    .sort((a, b) => startOf(a) - startOf(b));
  return paginate(matching, page);
}
