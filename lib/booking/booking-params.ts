// Plain readers rather than a schema library: every booking page reads its parameters in the
// browser too, and these few checks cost the page no extra script.
import { isCalendarDate, isValidTimeZone } from "@/lib/time/zoned";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import { parseAddOnIds } from "./add-ons";
import { isMonth } from "./month";

// The journey's state lives in the URL. Each parameter is read on its own and dropped when it is
// not well formed, so a bad or stale link lands on the furthest step it can, never on a crash.

export interface BookingParams {
  /** The client's own appointment being moved: the journey then keeps its location, service and staff. */
  reschedule?: string;
  location?: string;
  service?: string;
  /** The chosen add-ons' ids, comma separated; "" when the client chose none. */
  addOns?: string;
  /** A staff id or "any". */
  staff?: string;
  /** "YYYY-MM", in the client's zone. */
  month?: string;
  /** "YYYY-MM-DD", in the client's zone. */
  date?: string;
  /** The chosen slot's start, a UTC ISO instant. */
  time?: string;
  /** The client's IANA zone. */
  tz?: string;
  /** Prefill for the details form. */
  name?: string;
  phone?: string;
  /** "addOns": the client is changing the extras they chose, which stay in `addOns` to be adjusted. */
  change?: "addOns";
}

export type BookingParamName = keyof BookingParams;

type Reader = (text: string) => string | undefined;

// An ISO 8601 instant with its offset, as links carry a chosen slot's start.
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const id: Reader = (text) => (UPSTREAM_ID.test(text) ? text : undefined);

const trimmed =
  (maxLength: number): Reader =>
  (text) => {
    const value = text.trim();
    return value && value.length <= maxLength ? value : undefined;
  };

const instant: Reader = (text) => {
  const date = INSTANT.exec(text)?.[1];
  return date && isCalendarDate(date) ? new Date(text).toISOString() : undefined;
};

const readers: { [K in BookingParamName]-?: (text: string) => BookingParams[K] } = {
  reschedule: id,
  location: id,
  service: id,
  addOns: (text) => (parseAddOnIds(text) === null ? undefined : text),
  staff: id,
  month: (text) => (isMonth(text) ? text : undefined),
  date: (text) => (isCalendarDate(text) ? text : undefined),
  time: instant,
  tz: (text) => (text.length <= 64 && isValidTimeZone(text) ? text : undefined),
  name: trimmed(80),
  phone: trimmed(40),
  change: (text) => (text === "addOns" ? "addOns" : undefined),
};

/** The order parameters are written in, so links read naturally and compare equal. */
export const bookingParamOrder: BookingParamName[] = [
  "reschedule",
  "location",
  "service",
  "addOns",
  "staff",
  "month",
  "date",
  "time",
  "tz",
  "name",
  "phone",
  "change",
];

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function rawValue(raw: RawParams, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Sets or, with undefined, removes one parameter; the value is of that parameter's own type. */
function setParam<K extends BookingParamName>(params: BookingParams, name: K, value: BookingParams[K]): void {
  if (value === undefined) delete params[name];
  else params[name] = value;
}

export function parseBookingParams(raw: RawParams): BookingParams {
  const params: BookingParams = {};
  for (const name of bookingParamOrder) {
    const text = rawValue(raw, name);
    if (text !== undefined) setParam(params, name, readers[name](text));
  }
  return params;
}

/** Choosing something earlier in the journey forgets the choices that depended on it. */
const dependants: Partial<Record<BookingParamName, BookingParamName[]>> = {
  location: ["service", "addOns", "staff", "month", "date", "time", "change"],
  service: ["addOns", "staff", "month", "date", "time", "change"],
  addOns: ["time", "change"],
  staff: ["time", "change"],
  change: ["time"],
  month: ["date", "time"],
  date: ["time"],
};

export type BookingParamChanges = { [K in BookingParamName]?: BookingParams[K] | null };

/** `/book?…` with `changes` applied; null removes a parameter. */
export function bookingHref(current: BookingParams, changes: BookingParamChanges = {}): string {
  const next: BookingParams = { ...current };
  for (const name of Object.keys(changes) as BookingParamName[]) {
    const value = changes[name];
    if (value === undefined) continue;
    for (const dependant of dependants[name] ?? []) {
      if (!(dependant in changes)) delete next[dependant];
    }
    setParam(next, name, value ?? undefined);
  }
  const search = new URLSearchParams();
  for (const name of bookingParamOrder) {
    const value = next[name];
    if (value !== undefined) search.set(name, value);
  }
  const query = search.toString();
  return query ? `/book?${query}` : "/book";
}
