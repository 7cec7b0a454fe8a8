import { z } from "zod";
import { invalidBody, ok, rejected, unknownId } from "../http";
import { listByStart } from "../list-by-start";
import { findClass, findLocation, findService, findStaff, newId } from "../lookup";
import type { Route } from "../router";
import { bookedCount, classJson } from "../shapes";
import {
  MINUTE_MS,
  isValidLocalDate,
  isValidTimeZone,
  isoInstant,
  parseClockTime,
  zonedToInstant,
} from "../time";
import type { ClassRecord, SandboxState } from "../types";

const idRef = z.object({ id: z.string().min(1) });

const classBody = z.object({
  location: idRef.optional(),
  staff: idRef.optional(),
  service: idRef.optional(),
  date: z.string().refine(isValidLocalDate),
  time: z.string().refine((text) => parseClockTime(text) !== null),
  timezone: z.string().refine(isValidTimeZone).optional(),
  numberOfParticipants: z.number().int().min(1).max(1000).optional(),
  isOnlineClass: z.boolean().optional(),
  onlineClassLink: z.string().nullish(),
  onlineClassPassCode: z.string().nullish(),
});

type ClassBody = z.infer<typeof classBody>;

/** Applies a create or update body onto a class, checking that location, service and staff fit together. */
function applyClassBody(
  state: SandboxState,
  target: ClassRecord,
  request: ClassBody,
  now: number,
): ClassRecord {
  const location = findLocation(state, request.location?.id ?? target.locationId);
  const service = findService(state, request.service?.id ?? target.serviceId);
  const staff = findStaff(state, request.staff?.id ?? target.staffId);
  if (service.locationId !== location.id) throw unknownId("serviceId");
  if (service.serviceType !== "CLASS") throw rejected("Service is not a class service");
  if (!staff.locationIds.includes(location.id))
    throw rejected("Selected staff does not work at this location");
  const capacity =
    request.numberOfParticipants ??
    (request.service ? service.numberOfParticipants : target.numberOfParticipants);
  if (capacity < bookedCount(state, target.id)) {
    throw rejected("numberOfParticipants cannot be lower than the booked participants");
  }
  const clock = parseClockTime(request.time);
  if (clock === null) throw invalidBody();
  const zone =
    request.timezone ?? (request.location ? location.timezone : target.timezone || location.timezone);
  const start = zonedToInstant(request.date, clock, zone);
  const isOnlineClass = request.isOnlineClass ?? target.isOnlineClass;
  return {
    ...target,
    locationId: location.id,
    serviceId: service.id,
    staffId: staff.id,
    timezone: zone,
    startUtc: isoInstant(start),
    endUtc: isoInstant(start + service.durationMinutes * MINUTE_MS),
    numberOfParticipants: capacity,
    isOnlineClass,
    onlineClassLink: isOnlineClass ? (request.onlineClassLink ?? target.onlineClassLink) : null,
    onlineClassPassCode: isOnlineClass ? (request.onlineClassPassCode ?? target.onlineClassPassCode) : "",
    updatedAt: isoInstant(now),
  };
}

export const classRoutes: Route[] = [
  {
    method: "GET",
    template: "/v1/classes",
    handler: ({ state, query }) => {
      const page = listByStart(state, query, ["locationId", "staffId"], state.classes, (session) => session);
      return ok(page.map((session) => classJson(state, session)));
    },
  },
  {
    method: "GET",
    template: "/v1/classes/:id",
    handler: ({ state, params }) => ok(classJson(state, findClass(state, params.id))),
  },
  {
    method: "POST",
    template: "/v1/classes",
    handler: ({ state, store, body, now }) => {
      const input = classBody.safeParse(body);
      if (!input.success || !input.data.location || !input.data.service || !input.data.staff) {
        throw invalidBody();
      }
      const createdAt = isoInstant(now);
      const blank: ClassRecord = {
        id: newId("cls"),
        locationId: input.data.location.id,
        staffId: input.data.staff.id,
        serviceId: input.data.service.id,
        timezone: "",
        startUtc: createdAt,
        endUtc: createdAt,
        numberOfParticipants: 1,
        status: "Active",
        isOnlineClass: false,
        onlineClassLink: null,
        onlineClassPassCode: "",
        advanceClassBookingThresholdMinutes: 0,
        cancelClassThresholdMinutes: 0,
        createdAt,
        updatedAt: createdAt,
      };
      const session = applyClassBody(state, blank, input.data, now);
      state.classes.push(session);
      store.markChanged();
      return ok(classJson(state, session));
    },
  },
  {
    method: "PUT",
    template: "/v1/classes/:id",
    handler: ({ state, store, params, body, now }) => {
      const existing = findClass(state, params.id);
      const input = classBody.safeParse(body);
      if (!input.success) throw invalidBody();
      const updated = applyClassBody(state, existing, input.data, now);
      state.classes = state.classes.map((session) => (session.id === existing.id ? updated : session));
      store.markChanged();
      return ok(classJson(state, updated));
    },
  },
  {
    method: "DELETE",
    template: "/v1/classes/:id",
    handler: ({ state, store, params }) => {
      const existing = findClass(state, params.id);
      state.classes = state.classes.filter((session) => session.id !== existing.id);
      state.participants = state.participants.filter((participant) => participant.classId !== existing.id);
      store.markChanged();
      return ok({ success: true });
    },
  },
];
