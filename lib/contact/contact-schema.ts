import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { isCountryCode, normalisePhone } from "./phone";

// Error messages are catalogue keys: the form shows t(message), the server action returns them.
const message = (key: MessageKey) => key;

export const fullNameSchema = z
  .string()
  .trim()
  .min(2, message("form.nameTooShort"))
  .max(80, message("form.nameTooLong"))
  .refine((value) => !/[<>{}\u0000-\u001f]/.test(value), message("form.nameCharacters"));

export const countrySchema = z.string().refine(isCountryCode, message("form.countryInvalid"));

/** Country + phone as typed; valid only when libphonenumber accepts the number for that country. */
export const phoneFieldsSchema = z
  .object({
    country: countrySchema,
    phone: z.string().trim().min(1, message("form.phoneRequired")).max(40, message("form.phoneInvalid")),
  })
  .superRefine((value, context) => {
    if (isCountryCode(value.country) && !normalisePhone(value.country, value.phone)) {
      context.addIssue({ code: "custom", path: ["phone"], message: message("form.phoneInvalid") });
    }
  });

export const contactSchema = z
  .object({ fullName: fullNameSchema })
  .and(phoneFieldsSchema);

export type ContactInput = z.input<typeof contactSchema>;

/** The client as Whautomate's booking and class endpoints take it. Only call on parsed input. */
export function toClientIdentity(contact: { fullName: string; country: string; phone: string }) {
  const phone = normalisePhone(contact.country, contact.phone);
  if (!phone) throw new RangeError("toClientIdentity needs a contact that passed contactSchema");
  return { fullName: contact.fullName.trim(), countryCode: phone.countryCode, phone: phone.phone };
}
