import "server-only";
import { z } from "zod";
import { formatTime12h, parseTimeOfDay } from "@/lib/time/time-of-day";
import { defaultHttp } from "./client";
import type { WhautomateHttp } from "./http";
import { fetchAllPages } from "./paginate";
import { reshapeAppointment } from "./reshape/appointment";
import { reshapeDaySlots } from "./reshape/slots";
import {
  bookAppointmentBody,
  cancelAppointmentBody,
  rawAppointmentSchema,
  rawDaySlotsSchema,
  rescheduleAppointmentBody,
} from "./schemas/appointments";
import { ignoredResponse } from "./schemas/common";
import { notesWithReference } from "./booking-reference";
import type { Appointment, ClientIdentity, DayAvailability } from "./types";

export interface SlotQuery {
  locationId: string;
  serviceId: string;
  staffId?: string;
  /** "YYYY-MM-DD" */
  date: string;
  timeZone?: string;
  nextThreeDays?: boolean;
  /** Add-ons the slots must also hold. */
  addOnIds?: string[];
  /** Used to place the end of slots that arrive without one. */
  durationMinutes?: number;
}

export interface AppointmentQuery {
  clientId?: string;
  staffId?: string;
  locationId?: string;
  startDate?: string;
  endDate?: string;
}

export interface BookAppointmentInput {
  client: ClientIdentity;
  locationId: string;
  serviceId: string;
  staffId?: string;
  date: string;
  /** "HH:mm" or 12-hour text, wall clock in timeZone. */
  time: string;
  timeZone: string;
  notes?: string;
  addOnIds?: string[];
  /** This request's own reference, kept with the appointment (see booking-reference.ts). */
  reference?: string;
}

export interface RescheduleAppointmentInput {
  appointmentId: string;
  locationId?: string;
  date: string;
  time: string;
  timeZone: string;
}

export interface CancelAppointmentInput {
  appointmentId: string;
  locationId?: string;
  reason?: string;
}

/** Unreadable text passes through unchanged so the body schema rejects it by name. */
function vendorTime(time: string): string {
  const clock = parseTimeOfDay(time);
  return clock ? formatTime12h(clock) : time;
}

function idRef(id: string | undefined) {
  return id ? { id } : undefined;
}

export async function getSlots(
  query: SlotQuery,
  http: WhautomateHttp = defaultHttp(),
): Promise<DayAvailability[]> {
  const { locationId, serviceId, staffId, date, timeZone, nextThreeDays, addOnIds, durationMinutes } = query;
  // Not a documented parameter [guess]: an upstream that ignores it answers the service's own slots,
  // and the booking's own check still refuses a time too short for the add-ons.
  const addOnServices = addOnIds?.length ? addOnIds.join(",") : undefined;
  const days = await http.request("GET", "/v1/appointments/slots", {
    query: { locationId, serviceId, staffId, date, timezone: timeZone, nextThreeDays, addOnServices },
    schema: z.array(rawDaySlotsSchema),
  });
  return reshapeDaySlots(days, { operation: "GET /v1/appointments/slots", timeZone, durationMinutes });
}

export async function listAppointments(
  query: AppointmentQuery = {},
  http: WhautomateHttp = defaultHttp(),
): Promise<Appointment[]> {
  const raw = await fetchAllPages("GET /v1/appointments", (page, limit) =>
    http.request("GET", "/v1/appointments", {
      query: { ...query, page, limit },
      schema: z.array(rawAppointmentSchema),
    }),
  );
  return raw.map(reshapeAppointment);
}

export async function getAppointment(
  appointmentId: string,
  http: WhautomateHttp = defaultHttp(),
): Promise<Appointment> {
  const path = `/v1/appointments/${encodeURIComponent(appointmentId)}`;
  return reshapeAppointment(await http.request("GET", path, { schema: rawAppointmentSchema }));
}

export async function bookAppointment(
  input: BookAppointmentInput,
  http: WhautomateHttp = defaultHttp(),
): Promise<Appointment> {
  const value = {
    client: input.client,
    location: { id: input.locationId },
    service: { id: input.serviceId },
    staff: idRef(input.staffId),
    date: input.date,
    time: vendorTime(input.time),
    timezone: input.timeZone,
    notes: notesWithReference(input.notes, input.reference),
    addOnServices: input.addOnIds?.length ? input.addOnIds.map((id) => ({ id })) : undefined,
    overrideTimeSlotValidation: false,
  };
  const raw = await http.request("POST", "/v1/appointments", {
    body: { schema: bookAppointmentBody, value },
    schema: rawAppointmentSchema,
  });
  return reshapeAppointment(raw);
}

export async function rescheduleAppointment(
  input: RescheduleAppointmentInput,
  http: WhautomateHttp = defaultHttp(),
): Promise<Appointment> {
  const value = {
    appointmentId: input.appointmentId,
    location: idRef(input.locationId),
    date: input.date,
    time: vendorTime(input.time),
    timezone: input.timeZone,
  };
  const raw = await http.request("POST", "/v1/appointments/reschedule", {
    body: { schema: rescheduleAppointmentBody, value },
    schema: rawAppointmentSchema,
  });
  return reshapeAppointment(raw);
}

export async function cancelAppointment(
  input: CancelAppointmentInput,
  http: WhautomateHttp = defaultHttp(),
): Promise<void> {
  const value = {
    appointmentId: input.appointmentId,
    location: idRef(input.locationId),
    cancellationReason: input.reason,
  };
  await http.request("POST", "/v1/appointments/cancel", {
    body: { schema: cancelAppointmentBody, value },
    schema: ignoredResponse,
  });
}
