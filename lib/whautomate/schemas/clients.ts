import { z } from "zod";
import { idBody, optionalText } from "./common";

export const rawClientSchema = z.looseObject({
  id: z.string(),
  fullName: optionalText,
  countryCode: optionalText,
  phone: z.union([z.string(), z.number()]).nullish(),
  email: optionalText,
  preferredLanguage: optionalText,
});

export const createClientBody = z.object({
  fullName: z.string().trim().min(1).max(200),
  countryCode: z.string().regex(/^\+\d{1,4}$/, "expected a country code like +1"),
  phone: z.string().regex(/^\d{4,15}$/, "expected digits without the country code"),
  email: z.email().optional(),
  primaryLocation: idBody.optional(),
});

export type RawClient = z.infer<typeof rawClientSchema>;
