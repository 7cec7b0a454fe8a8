// zod/mini: the sign-in forms run these in the browser too.
import * as z from "zod/mini";
import { phoneFieldsSchema } from "@/lib/contact/contact-schema";
import type { MessageKey } from "@/lib/i18n/messages/en";

const message = (key: MessageKey) => key;

/** Step 1: the number to send a code to. */
export const signInPhoneSchema = phoneFieldsSchema;
export type SignInPhoneInput = z.input<typeof signInPhoneSchema>;

/** Step 2: the code, with the number it was sent to. */
export const signInCodeSchema = z.object({
  code: z.string().check(
    z.overwrite((value) => value.replace(/\s/g, "")),
    z.regex(/^\d{6}$/, message("signIn.codeFormat")),
  ),
});
export type SignInCodeInput = z.input<typeof signInCodeSchema>;

export const verifySignInSchema = z.intersection(signInCodeSchema, phoneFieldsSchema);

export const manageTokenSchema = z.string().check(z.minLength(1), z.maxLength(2048));
