"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { getOwnedAppointment } from "@/lib/my-bookings/owned";
import { limits } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";
import { UPSTREAM_ID } from "@/lib/upstream-id";
import type { EmbedEventDetail } from "./embed-host";

// What the embedding page may hear about the signed-in client's own appointment: no personal data.
export const appointmentEventDetailAction = defineAction({
  name: "appointmentEventDetail",
  input: z.object({ appointmentId: z.string().regex(UPSTREAM_ID) }),
  limits: async () => {
    const session = await readSession();
    return session ? [[limits.embedEventsPerClient, session.clientId] as const] : [];
  },
  run: async ({ appointmentId }) => {
    const session = await readSession();
    if (!session) return fail("signed_out");
    const appointment = await getOwnedAppointment(session, appointmentId);
    if (!appointment) return fail("not_found");
    const { id, startsAt, endsAt, status } = appointment;
    return succeed<EmbedEventDetail>({ id, start: startsAt, end: endsAt, status });
  },
});
