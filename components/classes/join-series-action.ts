"use server";

import { defineAction, expectedCode } from "@/lib/actions/define-action";
import { fail, succeed } from "@/lib/actions/result";
import { joinClassSeriesInput } from "@/lib/classes/schemas";
import { confirmClassJoin } from "@/lib/confirmations/confirmation-message";
import { limits, requestIp } from "@/lib/rate-limit/limits";
import { requesterOf } from "@/lib/session/requester";
import { readSession, startSession } from "@/lib/session/session-cookie";
import { loadClassSeries, seriesClientOf } from "./server/class-series";
import { attemptJoin, type JoinRefusal } from "./server/join-class";

/** What became of one date: a spot, a waitlist place, or why not ("failed": the upstream did not answer). */
export type SeriesDateOutcome = "booked" | "waitlisted" | JoinRefusal | "failed";

export interface SeriesJoinResult {
  classId: string;
  startsAt: string;
  outcome: SeriesDateOutcome;
}

export type SeriesJoinCode = "needs_place";

// Books later dates of a class's weekly series in one go, for the client this device already holds
// the class for (or who proved their phone): the same person its own join would book, so nothing is
// granted that the request did not prove. Only dates of the series are taken, one at a time, and
// each date's answer is reported, so nothing half-done is hidden.
export const joinClassSeries = defineAction({
  name: "joinClassSeries",
  input: joinClassSeriesInput,
  limits: async ({ classId }) => {
    const clientId = seriesClientOf(await readSession(), classId);
    return [
      [limits.classJoinsPerIp, await requestIp()],
      ...(clientId ? [[limits.classJoinsPerPerson, `client:${clientId}`] as const] : []),
    ];
  },
  run: async ({ classId, classIds, waitlist }) => {
    const session = await readSession();
    const clientId = seriesClientOf(session, classId);
    if (!clientId) return fail("needs_place" satisfies SeriesJoinCode);
    const offered = new Map((await loadClassSeries(classId, session)).classes.map((c) => [c.id, c]));
    const chosen = [...new Set(classIds)];
    if (chosen.some((id) => !offered.has(id))) return fail("invalid");
    const requester = await requesterOf(`client:${clientId}`, "");
    const results: SeriesJoinResult[] = [];
    for (const id of chosen) {
      const startsAt = offered.get(id)!.startsAt;
      try {
        const attempt = await attemptJoin(id, { id: clientId }, waitlist, { requester });
        const outcome = attempt.ok ? (attempt.waitlisted ? "waitlisted" : "booked") : attempt.code;
        if (attempt.ok) {
          await confirmClassJoin(id, attempt);
        }
        results.push({ classId: id, startsAt, outcome });
      } catch (error) {
        // One date the upstream did not answer must not hide the others' answers (logged if unexpected).
        expectedCode("joinClassSeries", error);
        results.push({ classId: id, startsAt, outcome: "failed" });
      }
    }
    const placed = results.filter((result) => result.outcome === "booked" || result.outcome === "waitlisted");
    if (placed.length > 0) await startSession(clientId, { grant: placed.map((result) => result.classId) });
    return succeed(results);
  },
});
