"use server";

import { userMessageKey } from "@/lib/errors/user-message";
import { classIdSchema, nextClassWeekInput, joinClassInput, timetableWeekInput } from "@/lib/classes/schemas";
import type { ActionResult, ClassDetail, TimetableWeek } from "@/lib/classes/views";
import { toClientIdentity } from "@/lib/contact/contact-schema";
import { getI18n } from "@/lib/i18n/server";
import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { limits, requestIp, withinLimit } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { readSession, startSession } from "@/lib/session/session-cookie";
import { clientAllowedFor } from "@/lib/session/session-payload";
import { visitorName } from "@/lib/bookings/visitor-name";
import { UpstreamNotFoundError } from "@/lib/whautomate/errors";
import type { ClientIdentity } from "@/lib/whautomate/types";
import { classVisitorOf, loadClassDetail } from "./server/class-detail";
import { attemptJoin, type JoinRefusal } from "./server/join-class";
import { findNextClassWeek } from "./server/next-class-week";
import { loadTimetableWeek } from "./server/timetable-week";

type CommonFailure = "invalid" | "rate_limited" | "not_found" | "unavailable";

export type JoinOutcome = { result: "booked" | "waitlisted"; detail: ClassDetail };
export type JoinFailure = CommonFailure | "needs_details" | JoinRefusal;

const refusalMessages: Record<JoinRefusal | CommonFailure | "needs_details", MessageKey> = {
  invalid: "classes.error.invalid",
  rate_limited: "classes.error.rateLimited",
  not_found: "classes.error.notFound",
  unavailable: "error.upstreamUnavailable",
  needs_details: "classes.error.needsDetails",
  cancelled: "classes.error.cancelled",
  started: "classes.error.started",
  booking_closed: "classes.error.bookingClosed",
  full: "classes.error.full",
  already_booked: "classes.error.alreadyBooked",
  already_waitlisted: "classes.error.alreadyWaitlisted",
  not_joined: "classes.error.notJoined",
  unconfirmed: "classes.error.unconfirmed",
};

/** Schema messages are catalogue keys; input the form never sends gets zod's own words, never shown. */
function catalogueKeyOf(message: string): MessageKey {
  return Object.hasOwn(en, message) ? (message as MessageKey) : "form.checkField";
}

async function refuse<Code extends keyof typeof refusalMessages>(
  code: Code,
  fieldErrors?: Record<string, string>,
): Promise<{ ok: false; code: Code; message: string; fieldErrors?: Record<string, string> }> {
  const { t } = await getI18n();
  return { ok: false, code, message: t(refusalMessages[code]), fieldErrors };
}

/** Upstream failures the visitor cannot fix become a plain sentence; the detail is logged. */
async function upstreamFailure(error: unknown) {
  if (error instanceof UpstreamNotFoundError) return refuse("not_found");
  const { t } = await getI18n();
  return { ok: false as const, code: "unavailable" as const, message: t(userMessageKey(error)) };
}

/** The join limits count an hour, per phone and per address, so "from here, a few minutes" would mislead. */
async function tooManyJoins() {
  const { t } = await getI18n();
  return { ok: false as const, code: "rate_limited" as const, message: t("classes.error.tooManyJoins") };
}

async function readsAllowed(): Promise<boolean> {
  return withinLimit(limits.classReadsPerIp, await requestIp());
}

// Reads one week of the timetable in the client's zone, with the signed-in client's own places.
export async function getTimetableWeek(input: unknown): Promise<ActionResult<TimetableWeek, CommonFailure>> {
  const parsed = timetableWeekInput.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  if (!(await readsAllowed())) return refuse("rate_limited");
  try {
    const session = await readSession();
    return {
      ok: true,
      data: await loadTimetableWeek(parsed.data.week, parsed.data.timeZone, session),
    };
  } catch (error) {
    return upstreamFailure(error);
  }
}

// Finds where an empty (filtered) week should point the client to.
export async function getNextClassWeek(input: unknown): Promise<ActionResult<string | null, CommonFailure>> {
  const parsed = nextClassWeekInput.safeParse(input);
  if (!parsed.success) return refuse("invalid");
  if (!(await readsAllowed())) return refuse("rate_limited");
  const { week, timeZone, ...filters } = parsed.data;
  try {
    return { ok: true, data: await findNextClassWeek(week, timeZone, filters) };
  } catch (error) {
    return upstreamFailure(error);
  }
}

// Reads one class as the signed-in client (or a stranger) may see it.
export async function getClassDetail(classId: unknown): Promise<ActionResult<ClassDetail, CommonFailure>> {
  const parsed = classIdSchema.safeParse(classId);
  if (!parsed.success) return refuse("not_found");
  if (!(await readsAllowed())) return refuse("rate_limited");
  try {
    const session = await readSession();
    return { ok: true, data: await loadClassDetail(parsed.data, classVisitorOf(session, parsed.data)) };
  } catch (error) {
    return upstreamFailure(error);
  }
}
