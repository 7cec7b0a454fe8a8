// zod/mini: the booking pages read their parameters in the browser too.
import * as z from "zod/mini";
import { isCalendarDate, isValidTimeZone } from "@/lib/time/zoned";
import { isMonth } from "./month";

// The journey's state lives in the URL. Each parameter is read on its own and dropped when it is
// not well formed, so a bad or stale link lands on the furthest step it can, never on a crash.

export interface BookingParams {
  /** The client's own appointment being moved: the journey then keeps its location, service and staff. */
  reschedule?: string;
  location?: string;
  service?: string;
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
}

export type BookingParamName = keyof BookingParams;

const id = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,120}$/));

const paramSchemas: Record<BookingParamName, z.ZodMiniType<string>> = {
  reschedule: id,
  location: id,
  service: id,
  staff: id,
  month: z.string().check(z.refine(isMonth)),
  date: z.string().check(z.refine(isCalendarDate)),
  time: z.pipe(
    z.iso.datetime({ offset: true }),
    z.transform((text: string) => new Date(text).toISOString()),
  ),
  tz: z.string().check(z.maxLength(64), z.refine(isValidTimeZone)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  phone: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
};

/** The order parameters are written in, so links read naturally and compare equal. */
export const bookingParamOrder: BookingParamName[] = [
  "reschedule",
  "location",
  "service",
  "staff",
  "month",
  "date",
  "time",
  "tz",
  "name",
  "phone",
];

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function rawValue(raw: RawParams, name: string): unknown {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parseBookingParams(raw: RawParams): BookingParams {
  const params: BookingParams = {};
  for (const name of bookingParamOrder) {
    const parsed = paramSchemas[name].safeParse(rawValue(raw, name));
    if (parsed.success) params[name] = parsed.data;
  }
  return params;
}

/** Choosing something earlier in the journey forgets the choices that depended on it. */
const dependants: Partial<Record<BookingParamName, BookingParamName[]>> = {
  location: ["service", "staff", "month", "date", "time"],
  service: ["staff", "month", "date", "time"],
  staff: ["time"],
  month: ["date", "time"],
  date: ["time"],
};

export type BookingParamChanges = { [K in BookingParamName]?: string | null };

/** `/book?…` with `changes` applied; null removes a parameter. */
export function bookingHref(current: BookingParams, changes: BookingParamChanges = {}): string {
  const next: BookingParams = { ...current };
  for (const [name, value] of Object.entries(changes) as [BookingParamName, string | null | undefined][]) {
    if (value === undefined) continue;
    for (const dependant of dependants[name] ?? []) {
      if (!(dependant in changes)) delete next[dependant];
    }
    if (value === null) delete next[name];
    else next[name] = value;
  }
  const search = new URLSearchParams();
  for (const name of bookingParamOrder) {
    const value = next[name];
    if (value !== undefined) search.set(name, value);
  }
  const query = search.toString();
  return query ? `/book?${query}` : "/book";
}
