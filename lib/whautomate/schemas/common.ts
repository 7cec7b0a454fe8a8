// Building blocks for the vendor's shapes. Response objects are loose (unknown fields pass
// through); request objects are strict about what we send.
import { z } from "zod";
import { parseTimeOfDay } from "@/lib/time/time-of-day";
import { isCalendarDate, isValidTimeZone } from "@/lib/time/zoned";

export const instantText = z.iso.datetime({ offset: true });
export const timeZoneName = z.string().refine(isValidTimeZone, "expected an IANA time zone");
export const calendarDateText = z.string().refine(isCalendarDate, "expected a date as YYYY-MM-DD");
/** "04:39 PM", "16:39", "16:39:00" or ISO in; "HH:mm" out. */
export const timeOfDay = z.string().transform((text, context) => {
  const time = parseTimeOfDay(text);
  if (time === null) context.addIssue({ code: "custom", message: `expected a time of day, got "${text}"` });
  return time ?? z.NEVER;
});
/** The booking time form the vendor documents: "04:39 PM". */
export const twelveHourTime = z
  .string()
  .regex(/^(0[1-9]|1[0-2]):[0-5]\d (AM|PM)$/, "expected a time like 04:39 PM");
export const optionalText = z.string().nullish();
/** A number, or one written as text ("60", "45.50"), as some accounts answer prices and counts. */
export const vendorNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?\d+(\.\d+)?\s*$/, "expected a number")
    .transform(Number),
]);
export const optionalNumber = vendorNumber.nullish();

export const locationRefSchema = z.looseObject({ id: z.string(), title: optionalText });
export const clientRefSchema = z.looseObject({ id: z.string(), fullName: optionalText });
/** Staff may be absent, null or an empty object on an appointment booked for "anyone". */
export const staffRefSchema = z.looseObject({ id: optionalText, name: optionalText }).nullish();
export const serviceRefSchema = z.looseObject({
  id: z.string(),
  name: optionalText,
  durationMinutes: optionalNumber,
  sellingPrice: optionalNumber,
});
/** A service's or an appointment's add-ons; unreadable ones read as none rather than hiding the rest. */
export const addOnsSchema = z.array(serviceRefSchema).nullish().catch(null);

export const idBody = z.object({ id: z.string().min(1) });
/** An existing client by id, or a new one by name and phone (the API creates or matches it). */
export const clientIdentityBody = z.union([
  idBody,
  z.object({
    fullName: z.string().trim().min(1),
    countryCode: z.string().regex(/^\+\d{1,4}$/, "expected a country code like +1"),
    phone: z.string().regex(/^\d{4,15}$/, "expected digits without the country code"),
  }),
]);

export const ignoredResponse = z.unknown();

export type RawLocationRef = z.infer<typeof locationRefSchema>;
export type RawClientRef = z.infer<typeof clientRefSchema>;
export type RawStaffRef = z.infer<typeof staffRefSchema>;
export type RawServiceRef = z.infer<typeof serviceRefSchema>;
