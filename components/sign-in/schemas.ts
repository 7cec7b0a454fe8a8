import { z } from "zod";
import { phoneFieldsSchema } from "@/lib/contact/contact-schema";
import type { MessageKey } from "@/lib/i18n/messages/en";

const message = (key: MessageKey) => key;

/** Step 1: the number to send a code to. */
export const signInPhoneSchema = phoneFieldsSchema;
export type SignInPhoneInput = z.input<typeof signInPhoneSchema>;

/** Step 2: the code, with the number it was sent to. */
export const signInCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, message("signIn.codeFormat"))),
});
export type SignInCodeInput = z.input<typeof signInCodeSchema>;

export const verifySignInSchema = signInCodeSchema.and(phoneFieldsSchema);

export const manageTokenSchema = z.string().min(1).max(2048);
