import { z } from "zod";
import { appointmentMinutes, bookedAddOns, chosenAddOns } from "../add-ons";
import { eligibleStaff, firstFreeStaff, isOpenSlot } from "../availability";
import { clientRefSchema, resolveClientRef, saveClient } from "../client-ref";
import { invalidBody, ok, rejected, unknownId } from "../http";
import { listByStart } from "../list-by-start";
import { findAppointment, findLocation, findService, findStaff, newId } from "../lookup";
import type { Route } from "../router";
import { appointmentJson } from "../shapes";
import {
  MINUTE_MS,
  isValidLocalDate,
  isValidTimeZone,
  isoInstant,
  parseClockTime,
  zonedToInstant,
} from "../time";
import type {
  AddOnRecord,
  AppointmentRecord,
  LocationRecord,
  SandboxState,
  ServiceRecord,
  StaffRecord,
} from "../types";
import { appointmentEvent } from "../webhooks";

const idRef = z.object({ id: z.string().min(1) });

const whenFields = {
  date: z.string().refine(isValidLocalDate),
  time: z.string().refine((text) => parseClockTime(text) !== null),
  timezone: z.string().refine(isValidTimeZone).optional(),
};

const bookingBody = z.object({
  client: clientRefSchema,
  location: idRef,
  service: idRef,
  staff: idRef.nullish(),
  ...whenFields,
  notes: z.string().optional(),
  overrideTimeSlotValidation: z.boolean().optional(),
  addOnServices: z.array(idRef).optional(),
});

const rescheduleBody = z.object({
  appointmentId: z.string().min(1),
  location: idRef.nullish(),
  ...whenFields,
  overrideTimeSlotValidation: z.boolean().optional(),
});

const cancelBody = z.object({
  appointmentId: z.string().min(1),
  location: idRef.nullish(),
  cancellationReason: z.string().optional(),
});

function instantOf(
  body: { date: string; time: string; timezone?: string },
  location: LocationRecord,
): number {
  const clock = parseClockTime(body.time);
  if (clock === null) throw invalidBody();
  return zonedToInstant(body.date, clock, body.timezone ?? location.timezone);
}

/** The staff member who takes a booking at `start`, or undefined when nobody may. */
function pickStaff(
  state: SandboxState,
  query: { location: LocationRecord; service: ServiceRecord; addOns: readonly AddOnRecord[]; now: number },
  start: number,
  chosen: StaffRecord | undefined,
  override: boolean,
): StaffRecord | undefined {
  if (override) {
    return chosen ?? firstFreeStaff(state, query, start) ?? eligibleStaff(state, query.service)[0];
  }
  if (chosen) return isOpenSlot(state, { ...query, staff: chosen }, start) ? chosen : undefined;
  return firstFreeStaff(state, query, start);
}

export const appointmentRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/appointments",
    handler: ({ state, query }) => {
      const filters = ["clientId", "staffId", "locationId"] as const;
      const page = listByStart(state, query, filters, state.appointments, (appointment) => appointment);
      return ok(page.map((appointment) => appointmentJson(state, appointment)));
    },
  },
  {
    method: "GET",
    template: "/v1/appointments/:id",
    handler: ({ state, params }) => ok(appointmentJson(state, findAppointment(state, params.id))),
  },
  {
    method: "POST",
    template: "/v1/appointments",
    handler: ({ state, store, body, now, emit }) => {
      const input = bookingBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const request = input.data;
      const location = findLocation(state, request.location.id);
      const service = findService(state, request.service.id);
      if (service.locationId !== location.id) throw unknownId("serviceId");
      if (service.serviceType !== "APPOINTMENT") throw rejected("Service is not an appointment service");
      const chosenStaff = request.staff ? findStaff(state, request.staff.id) : undefined;
      if (chosenStaff && !eligibleStaff(state, service).some((member) => member.id === chosenStaff.id)) {
        throw rejected("Selected staff does not perform this service");
      }
      const addOns = chosenAddOns(
        service,
        (request.addOnServices ?? []).map(({ id }) => id),
        () => rejected("Add-on service is not offered with this service"),
      );
      const resolved = resolveClientRef(state, request.client, location.id, now);
      const start = instantOf(request, location);

      const override = request.overrideTimeSlotValidation === true;
      const staff = pickStaff(state, { location, service, addOns, now }, start, chosenStaff, override);
      if (!staff) throw rejected("Selected time slot is not available");

      saveClient(state, resolved);
      const createdAt = isoInstant(now);
      const appointment: AppointmentRecord = {
        id: newId("apt"),
        locationId: location.id,
        clientId: resolved.client.id,
        staffId: staff.id,
        serviceId: service.id,
        addOnServiceIds: addOns.map((addOn) => addOn.id),
        timezone: request.timezone ?? location.timezone,
        startUtc: isoInstant(start),
        endUtc: isoInstant(start + appointmentMinutes(service, addOns) * MINUTE_MS),
        status: "Booked",
        bookedFrom: "Online Booking",
        notes: request.notes ?? "",
        paymentStatus: service.acceptPaymentOnline ? "Unpaid" : "",
        cancellationReason: null,
        overrideTimeSlotValidation: override,
        createdAt,
        updatedAt: createdAt,
      };
      state.appointments.push(appointment);
      store.markChanged();
      emit(appointmentEvent("appointment_scheduled", state, appointment, now));
      return ok(appointmentJson(state, appointment));
    },
  },
  {
    method: "POST",
    template: "/v1/appointments/reschedule",
    handler: ({ state, store, body, now, emit }) => {
      const input = rescheduleBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const request = input.data;
      const appointment = findAppointment(state, request.appointmentId);
      const location = findLocation(state, request.location?.id ?? appointment.locationId);
      if (location.id !== appointment.locationId) {
        throw rejected("Appointments cannot be moved to another location");
      }
      if (appointment.status === "Cancelled") throw rejected("Cancelled appointments cannot be rescheduled");
      if (appointment.status !== "Booked" && appointment.status !== "Rescheduled") {
        throw rejected("Only booked appointments can be rescheduled");
      }
      const start = instantOf(request, location);
      const service = findService(state, appointment.serviceId);
      const staff = findStaff(state, appointment.staffId);
      const addOns = bookedAddOns(service, appointment);
      const open = isOpenSlot(
        state,
        { location, service, addOns, staff, now, ignoreAppointmentId: appointment.id },
        start,
      );
      if (!open && request.overrideTimeSlotValidation !== true) {
        throw rejected("Selected time slot is not available");
      }
      appointment.startUtc = isoInstant(start);
      appointment.endUtc = isoInstant(start + appointmentMinutes(service, addOns) * MINUTE_MS);
      appointment.timezone = request.timezone ?? location.timezone;
      appointment.status = "Rescheduled";
      appointment.updatedAt = isoInstant(now);
      store.markChanged();
      emit(appointmentEvent("appointment_rescheduled", state, appointment, now));
      return ok(appointmentJson(state, appointment));
    },
  },
  {
    method: "POST",
    template: "/v1/appointments/cancel",
    handler: ({ state, store, body, now, emit }) => {
      const input = cancelBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const appointment = findAppointment(state, input.data.appointmentId);
      if (input.data.location) findLocation(state, input.data.location.id);
      if (appointment.status === "Cancelled") throw rejected("Appointment is already cancelled");
      if (appointment.status !== "Booked" && appointment.status !== "Rescheduled") {
        throw rejected("Only booked appointments can be cancelled");
      }
      appointment.status = "Cancelled";
      appointment.cancellationReason = input.data.cancellationReason ?? null;
      appointment.updatedAt = isoInstant(now);
      store.markChanged();
      emit(appointmentEvent("appointment_cancelled", state, appointment, now));
      return ok({});
    },
  },
];
