import "server-only";
import { z } from "zod";
import { defaultHttp } from "./client";
import type { WhautomateHttp } from "./http";
import { fetchAllPages } from "./paginate";
import { reshapeClassBooking, reshapeClassSession, reshapeParticipant } from "./reshape/class-session";
import {
  addParticipantBody,
  cancelParticipantBody,
  rawClassSchema,
  rawClientClassBookingSchema,
  rawParticipantSchema,
} from "./schemas/classes";
import type { ClassBooking, ClassParticipant, ClassSession, ClientIdentity } from "./types";

export interface ClassQuery {
  startDate?: string;
  endDate?: string;
  locationId?: string;
  staffId?: string;
}

export interface ClientClassBookingQuery {
  startDate?: string;
  endDate?: string;
  locationId?: string;
}

export interface AddClassParticipantInput {
  client: ClientIdentity;
  status?: "BOOKED" | "WAITLISTED";
}

export interface CancelClassParticipantInput {
  participantId: string;
  reason?: string;
}

function classPath(classId: string, rest = ""): string {
  return `/v1/classes/${encodeURIComponent(classId)}${rest}`;
}

export async function listClasses(
  query: ClassQuery = {},
  http: WhautomateHttp = defaultHttp(),
): Promise<ClassSession[]> {
  const raw = await fetchAllPages("GET /v1/classes", (page, limit) =>
    http.request("GET", "/v1/classes", { query: { ...query, page, limit }, schema: z.array(rawClassSchema) }),
  );
  return raw.map(reshapeClassSession);
}

export async function getClass(classId: string, http: WhautomateHttp = defaultHttp()): Promise<ClassSession> {
  return reshapeClassSession(await http.request("GET", classPath(classId), { schema: rawClassSchema }));
}

export async function listClassParticipants(
  classId: string,
  http: WhautomateHttp = defaultHttp(),
): Promise<ClassParticipant[]> {
  const raw = await http.request("GET", classPath(classId, "/participants"), {
    schema: z.array(rawParticipantSchema),
  });
  return raw.map((participant) => reshapeParticipant(participant, classId));
}

export async function addClassParticipant(
  classId: string,
  input: AddClassParticipantInput,
  http: WhautomateHttp = defaultHttp(),
): Promise<ClassParticipant> {
  const raw = await http.request("POST", classPath(classId, "/participants/add"), {
    body: { schema: addParticipantBody, value: { client: input.client, status: input.status } },
    schema: rawParticipantSchema,
  });
  return reshapeParticipant(raw, classId);
}

export async function cancelClassParticipant(
  classId: string,
  input: CancelClassParticipantInput,
  http: WhautomateHttp = defaultHttp(),
): Promise<ClassParticipant> {
  const value = { participantId: input.participantId, cancellationReason: input.reason };
  const raw = await http.request("POST", classPath(classId, "/participants/cancel"), {
    body: { schema: cancelParticipantBody, value },
    schema: rawParticipantSchema,
  });
  return reshapeParticipant(raw, classId);
}

export async function listClientClassBookings(
  clientId: string,
  query: ClientClassBookingQuery = {},
  http: WhautomateHttp = defaultHttp(),
): Promise<ClassBooking[]> {
  const path = `/v1/classes/clients/${encodeURIComponent(clientId)}/bookings`;
  const raw = await fetchAllPages(`GET ${path}`, (page, limit) =>
    http.request("GET", path, {
      query: { ...query, page, limit },
      schema: z.array(rawClientClassBookingSchema),
    }),
  );
  return raw.map(reshapeClassBooking);
}
