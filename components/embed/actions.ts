"use server";

import { z } from "zod";
import { getOwnedAppointment } from "@/lib/bookings/owned";
import { getI18n } from "@/lib/i18n/server";
import { limits, withinLimit } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import type { EmbedEventDetail } from "./embed-host";

type EventDetailResult =
  | { ok: true; data: EmbedEventDetail }
  | {
      ok: false;
      code: "invalid" | "signed_out" | "rate_limited" | "not_found" | "upstream";
      message: string;
    };

const appointmentInput = z.object({ appointmentId: z.string().regex(UPSTREAM_ID) });

async function failure(code: Exclude<EventDetailResult, { ok: true }>["code"]): Promise<EventDetailResult> {
  const { t } = await getI18n();
  return { ok: false, code, message: t("error.generic") };
}

// What the embedding page may hear about the signed-in client's own appointment: no personal data.
export async function appointmentEventDetailAction(input: unknown): Promise<EventDetailResult> {
  const parsed = appointmentInput.safeParse(input);
  if (!parsed.success) return failure("invalid");
  const session = await readSession();
  if (!session) return failure("signed_out");
  if (!(await withinLimit(limits.embedEventsPerClient, session.clientId))) {
    return failure("rate_limited");
  }
  try {
    const appointment = await getOwnedAppointment(session, parsed.data.appointmentId);
    if (!appointment) return failure("not_found");
    const { id, startsAt, endsAt, status } = appointment;
    return { ok: true, data: { id, start: startsAt, end: endsAt, status } };
  } catch {
    return failure("upstream");
  }
}
