// zod/mini: the forms run these schemas in the browser too, and mini sends a fraction of full zod's code.
import * as z from "zod/mini";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { isCountryCode, normalisePhone } from "./phone";

// Error messages are catalogue keys: the form shows t(message), the server action returns them.
const message = (key: MessageKey) => key;

export const fullNameSchema = z.string().check(
  z.trim(),
  z.minLength(2, message("form.nameTooShort")),
  z.maxLength(80, message("form.nameTooLong")),
  z.refine((value) => !/[<>{}\u0000-\u001f]/.test(value), message("form.nameCharacters")),
);

export const countrySchema = z.string().check(z.refine(isCountryCode, message("form.countryInvalid")));

/** Country + phone as typed; valid only when libphonenumber accepts the number for that country. */
export const phoneFieldsSchema = z
  .object({
    country: countrySchema,
    phone: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, message("form.phoneRequired")),
        z.maxLength(40, message("form.phoneInvalid")),
      ),
  })
  .check(
    z.superRefine((value, context) => {
      if (isCountryCode(value.country) && !normalisePhone(value.country, value.phone)) {
        context.addIssue({ code: "custom", path: ["phone"], message: message("form.phoneInvalid") });
      }
    }),
  );

export const contactSchema = z.intersection(z.object({ fullName: fullNameSchema }), phoneFieldsSchema);

export type ContactInput = z.input<typeof contactSchema>;

/** The client as Whautomate's booking and class endpoints take it. Only call on parsed input. */
export function toClientIdentity(contact: { fullName: string; country: string; phone: string }) {
  const phone = normalisePhone(contact.country, contact.phone);
  if (!phone) throw new RangeError("toClientIdentity needs a contact that passed contactSchema");
  return { fullName: contact.fullName.trim(), countryCode: phone.countryCode, phone: phone.phone };
}
