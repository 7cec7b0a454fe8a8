"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { redeemManageToken } from "@/lib/my-bookings/manage-exchange";
import { checkSignInCode, issueSignInCode, sendSignInCode } from "@/lib/my-bookings/sign-in";
import { normalisePhone } from "@/lib/contact/phone";
import { rememberPreferredLocale } from "@/lib/i18n/remember-locale";
import { requestLocale } from "@/lib/i18n/server";
import { limits, requestIp } from "@/lib/rate-limit/limits";
import { endSession, startSession } from "@/lib/session/session-cookie";
import { manageTokenSchema, signInPhoneSchema, verifySignInSchema } from "./schemas";

const phoneInvalid = () => fail("invalid", { fieldErrors: { phone: "form.phoneInvalid" } });

// Sends a sign-in code on WhatsApp when the number is a client's. The answer never says whether it is:
// the same body and the same stored state, and the lookup and send happen after the response.
export const requestSignInCodeAction = defineAction({
  name: "requestSignInCode",
  input: signInPhoneSchema,
  limits: async ({ country, phone }) => [
    [limits.codeSendsPerPhone, normalisePhone(country, phone)?.e164 ?? phone],
    [limits.codeSendsPerIp, await requestIp()],
  ],
  run: async ({ country, phone: typed }) => {
    const phone = normalisePhone(country, typed);
    if (!phone) return phoneInvalid();
    const code = await issueSignInCode(phone);
    const locale = await requestLocale();
    after(() => sendSignInCode(phone, code, locale));
    return succeed(null);
  },
});

// Checks a sign-in code and, when right, opens a session for the client who owns the number.
export const verifySignInCodeAction = defineAction({
  name: "verifySignInCode",
  input: verifySignInSchema,
  limits: async () => [[limits.codeChecksPerIp, await requestIp()]],
  run: async ({ country, phone: typed, code }) => {
    const phone = normalisePhone(country, typed);
    if (!phone) return phoneInvalid();
    const check = await checkSignInCode(phone, code);
    if (check.status !== "ok") return fail(check.status === "invalid" ? "wrong_code" : "expired");
    await startSession(check.clientId, { verified: true });
    await rememberPreferredLocale(check.preferredLanguage);
    return succeed(null);
  },
});

// Trades a manage link's token for a session, once its booking is confirmed to still be the client's.
export const exchangeManageTokenAction = defineAction({
  name: "exchangeManageToken",
  input: manageTokenSchema,
  limits: async () => [[limits.manageLinksPerIp, await requestIp()]],
  run: async (token) => {
    const grant = await redeemManageToken(token);
    if (!grant) return fail("invalid");
    await startSession(grant.clientId, { grant: grant.bookingId });
    return succeed({ destination: grant.destination });
  },
});

// Forgets the client this device knows, for when someone else is using it: nothing booked or
// seen here afterwards is theirs unless proved again.
export async function forgetDeviceClientAction(): Promise<void> {
  await endSession();
}

// Ends the session on this device.
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
