"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/components/bookings/action-result";
import { redeemManageToken } from "@/lib/bookings/manage-exchange";
import { checkSignInCode, issueSignInCode, sendSignInCode } from "@/lib/bookings/sign-in";
import { normalisePhone } from "@/lib/contact/phone";
import { userMessageKey } from "@/lib/errors/user-message";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { getI18n } from "@/lib/i18n/server";
import { limits, requestIp, withinLimit, withinLimits } from "@/lib/rate-limit/limits";
import { endSession, startSession } from "@/lib/session/session-cookie";
import { manageTokenSchema, signInPhoneSchema, verifySignInSchema } from "./schemas";

type Issue = { path: PropertyKey[]; message: string };

async function invalidInput(
  issues: Issue[],
): Promise<{ ok: false; code: "invalid"; message: string; fieldErrors: Record<string, string> }> {
  const { t } = await getI18n();
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    const key = Object.hasOwn(en, issue.message) ? (issue.message as MessageKey) : "form.checkField";
    fieldErrors[field] ??= t(key);
  }
  return {
    ok: false,
    code: "invalid",
    message: Object.values(fieldErrors)[0] ?? t("form.checkField"),
    fieldErrors,
  };
}

async function refusal<Code extends string>(
  code: Code,
  key: MessageKey,
): Promise<{ ok: false; code: Code; message: string }> {
  const { t } = await getI18n();
  return { ok: false, code, message: t(key) };
}

// Sends a sign-in code on WhatsApp when the number is a client's. The answer never says whether it is:
// the same body and the same stored state, and the lookup and send happen after the response.
export async function requestSignInCodeAction(
  input: unknown,
): Promise<ActionResult<null, "invalid" | "rate_limited">> {
  const parsed = signInPhoneSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error.issues);
  const phone = normalisePhone(parsed.data.country, parsed.data.phone);
  if (!phone) return invalidInput([{ path: ["phone"], message: "form.phoneInvalid" }]);
  const allowed = await withinLimits([
    [limits.codeSendsPerPhone, phone.e164],
    [limits.codeSendsPerIp, await requestIp()],
  ]);
  if (!allowed) return refusal("rate_limited", "signIn.tooManySends");
  const code = await issueSignInCode(phone);
  after(() => sendSignInCode(phone, code));
  return { ok: true, data: null };
}

// Checks a sign-in code and, when right, opens a session for the client who owns the number.
export async function verifySignInCodeAction(
  input: unknown,
): Promise<ActionResult<null, "invalid" | "rate_limited" | "wrong_code" | "expired" | "upstream">> {
  const parsed = verifySignInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error.issues);
  const phone = normalisePhone(parsed.data.country, parsed.data.phone);
  if (!phone) return invalidInput([{ path: ["phone"], message: "form.phoneInvalid" }]);
  if (!(await withinLimit(limits.codeChecksPerIp, await requestIp()))) {
    return refusal("rate_limited", "signIn.tooManyChecks");
  }
  try {
    const check = await checkSignInCode(phone, parsed.data.code);
    if (check.status !== "ok") {
      return check.status === "invalid"
        ? refusal("wrong_code", "signIn.codeWrong")
        : refusal("expired", "signIn.codeExpired");
    }
    await startSession(check.clientId, { verified: true });
  } catch (error) {
    return refusal("upstream", userMessageKey(error));
  }
  return { ok: true, data: null };
}

// Trades a manage link's token for a session, once its booking is confirmed to still be the client's.
export async function exchangeManageTokenAction(
  token: unknown,
): Promise<ActionResult<{ destination: string }, "invalid" | "rate_limited" | "upstream">> {
  const parsed = manageTokenSchema.safeParse(token);
  if (!parsed.success) return refusal("invalid", "manage.invalid");
  if (!(await withinLimit(limits.manageLinksPerIp, await requestIp()))) {
    return refusal("rate_limited", "manage.tooMany");
  }
  try {
    const grant = await redeemManageToken(parsed.data);
    if (!grant) return refusal("invalid", "manage.invalid");
    await startSession(grant.clientId, { grant: grant.bookingId });
    return { ok: true, data: { destination: grant.destination } };
  } catch (error) {
    return refusal("upstream", userMessageKey(error));
  }
}

// Ends the session on this device.
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
