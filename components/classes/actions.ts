"use server";

import { userMessageKey } from "@/lib/errors/user-message";
import { classIdSchema, nextClassWeekInput, timetableWeekInput } from "@/lib/classes/schemas";
import type { ActionResult, ClassDetail, TimetableWeek } from "@/lib/classes/views";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { limits, requestIp, withinLimit } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { UpstreamNotFoundError } from "@/lib/whautomate/errors";
import { classVisitorOf, loadClassDetail } from "./server/class-detail";
import { findNextClassWeek } from "./server/next-class-week";
import { loadTimetableWeek } from "./server/timetable-week";

type CommonFailure = "invalid" | "rate_limited" | "not_found" | "unavailable";

const refusalMessages: Record<CommonFailure, MessageKey> = {
  invalid: "classes.error.invalid",
  rate_limited: "classes.error.rateLimited",
  not_found: "classes.error.notFound",
  unavailable: "error.upstreamUnavailable",
};

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
