import { z } from "zod";
import { clientRefSchema, resolveClientRef, saveClient } from "../client-ref";
import { invalidBody, ok, rejected, unknownId } from "../http";
import { listByStart } from "../list-by-start";
import { findClass, findClient, newId } from "../lookup";
import type { Route } from "../router";
import { bookedCount, classJson, participantJson } from "../shapes";
import { isoInstant } from "../time";
import type { ParticipantRecord } from "../types";
import { participantEvent } from "../webhooks";

const addBody = z.object({
  client: clientRefSchema,
  status: z
    .string()
    .transform((status) => status.toUpperCase())
    .pipe(z.enum(["BOOKED", "WAITLISTED"]))
    .optional(),
});

const cancelBody = z.object({
  participantId: z.string().min(1),
  cancellationReason: z.string().optional(),
});

export const participantRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/classes/:id/participants",
    handler: ({ state, params }) => {
      const session = findClass(state, params.id);
      const participants = state.participants.filter((participant) => participant.classId === session.id);
      return ok(participants.map((participant) => participantJson(state, participant)));
    },
  },
  {
    method: "POST",
    template: "/v1/classes/:id/participants/add",
    handler: ({ state, store, params, body, now, emit }) => {
      const session = findClass(state, params.id);
      const input = addBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const resolved = resolveClientRef(state, input.data.client, session.locationId, now);
      if (session.status === "Cancelled") throw rejected("Class is cancelled");
      if (Date.parse(session.startUtc) <= now) throw rejected("Class has already started");
      const alreadyIn = state.participants.some(
        (participant) =>
          participant.classId === session.id &&
          participant.clientId === resolved.client.id &&
          participant.status !== "Cancelled",
      );
      if (alreadyIn) throw rejected("Client is already added to this class");
      const waitlisted = input.data.status === "WAITLISTED";
      if (!waitlisted && bookedCount(state, session.id) >= session.numberOfParticipants) {
        throw rejected("Class is full");
      }
      saveClient(state, resolved);
      const createdAt = isoInstant(now);
      const participant: ParticipantRecord = {
        id: newId("par"),
        classId: session.id,
        clientId: resolved.client.id,
        status: waitlisted ? "Waitlisted" : "Booked",
        paymentStatus: "",
        cancellationReason: null,
        createdAt,
        updatedAt: createdAt,
      };
      state.participants.push(participant);
      store.markChanged();
      emit(participantEvent("class_participant_added", state, participant, session, now));
      return ok(participantJson(state, participant));
    },
  },
  {
    method: "POST",
    template: "/v1/classes/:id/participants/cancel",
    handler: ({ state, store, params, body, now, emit }) => {
      const session = findClass(state, params.id);
      const input = cancelBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const participant = state.participants.find(
        (candidate) => candidate.id === input.data.participantId && candidate.classId === session.id,
      );
      if (!participant) throw unknownId("participantId");
      if (participant.status === "Cancelled") throw rejected("Participant is already cancelled");
      participant.status = "Cancelled";
      participant.cancellationReason = input.data.cancellationReason ?? null;
      participant.updatedAt = isoInstant(now);
      store.markChanged();
      emit(participantEvent("class_participant_cancelled", state, participant, session, now));
      return ok(participantJson(state, participant));
    },
  },
  {
    method: "GET",
    template: "/v1/classes/clients/:id/bookings",
    handler: ({ state, params, query }) => {
      const client = findClient(state, params.id);
      const bookings = state.participants
        .filter((participant) => participant.clientId === client.id)
        .flatMap((participant) => {
          const session = state.classes.find((candidate) => candidate.id === participant.classId);
          return session ? [{ participant, session }] : [];
        });
      const page = listByStart(state, query, ["locationId"], bookings, ({ session }) => session);
      return ok(
        page.map(({ participant, session }) => ({
          ...participantJson(state, participant),
          class: classJson(state, session),
        })),
      );
    },
  },
];
