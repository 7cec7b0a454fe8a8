// Display formatting with Intl only, so every locale (and its digits, order and direction) follows.
// Instants are UTC ISO strings; wall-clock dates are "YYYY-MM-DD" and are never shifted by a zone.

export interface ClockOptions {
  locale: string;
  timeZone: string;
  hour12?: boolean;
}

// Making an Intl formatter costs far more than using one, and a month's calendar or a day's times
// format dozens of values on every render: each locale and set of options is made once.
type Formatter =
  Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat | Intl.RelativeTimeFormat;
const made = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let format = made.get(key);
  if (!format) {
    format = make();
    made.set(key, format);
  }
  return format as T;
}

/** A date formatter made once per locale and options: what every other module formats dates with. */
export const dateTimeFormat = (locale?: string | string[], options?: Intl.DateTimeFormatOptions) =>
  cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const numberFormat = (locale?: string | string[], options?: Intl.NumberFormatOptions) =>
  cached(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** The same made-once formatters, in the shape the message formatter (icu-minify) asks for. */
export const messageFormatters = {
  getDateTimeFormat: dateTimeFormat,
  getNumberFormat: numberFormat,
  getPluralRules: (locale?: string | string[], options?: Intl.PluralRulesOptions) =>
    cached(`plural ${locale} ${JSON.stringify(options)}`, () => new Intl.PluralRules(locale, options)),
};

/** "Mumbai, Delhi and Bengaluru", joined the locale's way. */
export function formatList(items: string[], locale: string): string {
  return cached(`list ${locale}`, () => new Intl.ListFormat(locale, { type: "conjunction" })).format(items);
}

export function formatPrice(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: "currency", currency }).format(amount);
}

/**
 * "1 hr 30 min" for how long something lasts; `"long"` ("12 hours") where the duration stands in a
 * sentence, such as a booking or cancellation cut-off.
 */
export function formatDuration(
  totalMinutes: number,
  locale: string,
  unitDisplay: "short" | "long" = "short",
): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: "hour" | "minute") =>
    numberFormat(locale, { style: "unit", unit: name, unitDisplay }).format(value);
  if (hours === 0) return unit(minutes, "minute");
  if (minutes === 0) return unit(hours, "hour");
  return `${unit(hours, "hour")} ${unit(minutes, "minute")}`;
}

// A 24-hour clock reads "05:00", not "5:00", in every locale of the app (en-GB's own "numeric" hour
// drops the zero); a 12-hour one reads "5:00 AM".
const clockHour = (hour12: boolean | undefined) => (hour12 === false ? "2-digit" : "numeric");

export function formatTime(instant: string, { locale, timeZone, hour12 }: ClockOptions): string {
  return dateTimeFormat(locale, {
    timeZone,
    hour: clockHour(hour12),
    minute: "2-digit",
    hour12,
  }).format(new Date(instant));
}

export function formatDateTime(instant: string, { locale, timeZone, hour12 }: ClockOptions): string {
  return dateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: clockHour(hour12),
    minute: "2-digit",
    hour12,
  }).format(new Date(instant));
}

/**
 * A wall-clock date such as "2027-03-28" as "Sunday 28 March" ("full": "Sunday 28 March 2027"),
 * independent of any zone.
 */
export function formatWallDate(
  date: string,
  locale: string,
  style: "full" | "long" | "short" = "long",
): string {
  const words = style === "short" ? "short" : "long";
  return dateTimeFormat(locale, {
    timeZone: "UTC",
    weekday: words,
    day: "numeric",
    month: words,
    ...(style === "full" ? { year: "numeric" } : {}),
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A wall-clock date as a day strip's tab shows it: its weekday ("Tue") and day of the month ("8"). */
export function formatDayTab(date: string, locale: string): { weekday: string; day: string } {
  const at = new Date(`${date}T00:00:00Z`);
  return {
    weekday: dateTimeFormat(locale, { timeZone: "UTC", weekday: "short" }).format(at),
    day: dateTimeFormat(locale, { timeZone: "UTC", day: "numeric" }).format(at),
  };
}

/** "today", "tomorrow", "in 3 days" for a number of calendar days from today, in the locale's words. */
export function formatRelativeDays(days: number, locale: string): string {
  return cached(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(
    days,
    "day",
  );
}

/** "March 2027" for a "YYYY-MM" month. */
export function formatMonth(month: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: "UTC", month: "long", year: "numeric" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

function zoneNamePart(timeZone: string, locale: string, at: string, style: "long" | "shortOffset"): string {
  const part = dateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(new Date(at))
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "British Summer Time" style name of a zone at an instant, falling back to its id. */
export function formatTimeZoneName(timeZone: string, locale: string, at: string): string {
  return zoneNamePart(timeZone, locale, at, "long");
}

/** A zone's offset from UTC at an instant, as the locale writes it: "GMT+5:30", "GMT-4". */
export function formatUtcOffset(timeZone: string, locale: string, at: string): string {
  return zoneNamePart(timeZone, locale, at, "shortOffset");
}
