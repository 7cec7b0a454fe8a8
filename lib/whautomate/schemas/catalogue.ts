import { z } from "zod";
import { addOnsSchema, optionalNumber, optionalText, vendorNumber } from "./common";

export const rawLocationSchema = z.looseObject({
  id: z.string(),
  title: optionalText,
  addressLine1: optionalText,
  addressLine2: optionalText,
  city: optionalText,
  district: optionalText,
  postalCode: optionalText,
  phone: optionalText,
});

/** Seen in third-party code only; a location entry may be an id or an object. */
const staffLocationSchema = z.union([z.string(), z.looseObject({ id: z.string() })]);

export const rawStaffSchema = z.looseObject({
  id: z.string(),
  name: optionalText,
  firstName: optionalText,
  lastName: optionalText,
  active: z.boolean().nullish(),
  locations: z.array(staffLocationSchema).nullish(),
  /** Not in the docs; read where an account has it [guess]. */
  description: optionalText.catch(null),
});

export const rawServiceCategorySchema = z.looseObject({
  id: z.string(),
  name: optionalText,
  location: z.looseObject({ id: z.string() }).nullish(),
});

export const rawServiceSchema = z.looseObject({
  id: z.string(),
  serviceType: optionalText,
  name: optionalText,
  description: optionalText.catch(null),
  location: z.looseObject({ id: z.string(), title: optionalText }),
  durationMinutes: vendorNumber,
  categories: z.array(z.looseObject({ id: z.string(), name: optionalText })).nullish(),
  staffs: z.array(z.looseObject({ id: z.string() })).nullish(),
  sellingPrice: optionalNumber,
  active: z.boolean().nullish(),
  allowOnlineBooking: z.boolean().nullish(),
  acceptPaymentOnline: z.boolean().nullish().catch(null),
  // Unreadable settings are dropped rather than hiding the service: they only bound how far the
  // calendar pages, and the API's own slots still apply the real window and buffer.
  advanceSettings: z
    .looseObject({ advanceBookingLimitDays: optionalNumber, blockTimeAfterAppointment: optionalNumber })
    .nullish()
    .catch(null),
  // Not documented on services [guess]: listed in the shape appointments answer them.
  addOnServices: addOnsSchema,
});

export type RawLocation = z.infer<typeof rawLocationSchema>;
export type RawStaff = z.infer<typeof rawStaffSchema>;
export type RawServiceCategory = z.infer<typeof rawServiceCategorySchema>;
export type RawService = z.infer<typeof rawServiceSchema>;
