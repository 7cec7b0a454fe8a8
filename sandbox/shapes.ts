import { bookedAddOns } from "./add-ons";
import { findClient, findLocation, findService, findStaff, staffName } from "./lookup";
import { localClockOf, localDateOf, to12Hour, wallClockIso } from "./time";
import type {
  AddOnRecord,
  AppointmentRecord,
  ClassRecord,
  ClientRecord,
  LocationRecord,
  ParticipantRecord,
  SandboxState,
  ServiceRecord,
  StaffRecord,
} from "./types";

/** The API's JSON shapes. Records keep ids; the vendor embeds small summaries of related objects. */

export function locationJson(location: LocationRecord) {
  return {
    id: location.id,
    title: location.title,
    addressLine1: location.addressLine1,
    addressLine2: location.addressLine2,
    city: location.city,
    district: location.district,
    postalCode: location.postalCode,
    phone: location.phone,
  };
}

export function staffJson(state: SandboxState, staff: StaffRecord) {
  return {
    id: staff.id,
    firstName: staff.firstName,
    lastName: staff.lastName,
    email: staff.email,
    countryCode: staff.countryCode,
    phone: staff.phone,
    active: staff.active,
    description: staff.description ?? "",
    locations: staff.locationIds.map((id) => ({ id, title: findLocation(state, id).title })),
  };
}

export function serviceJson(state: SandboxState, service: ServiceRecord) {
  const location = findLocation(state, service.locationId);
  return {
    id: service.id,
    serviceType: service.serviceType,
    name: service.name,
    description: service.description,
    location: { id: location.id, title: location.title },
    durationMinutes: service.durationMinutes,
    categories: service.categoryIds.flatMap((id) => {
      const category = state.categories.find((candidate) => candidate.id === id);
      return category ? [{ id: category.id, name: category.name }] : [];
    }),
    staffs: service.staffIds.map((id) => ({ id, name: staffName(findStaff(state, id)) })),
    numberOfParticipants: service.numberOfParticipants,
    type: "LOCATION_VISIT",
    sellingPrice: service.sellingPrice,
    costPrice: service.costPrice,
    taxOverrides: [],
    isCustomCredit: false,
    credits: 0,
    active: service.active,
    allowOnlineBooking: service.allowOnlineBooking,
    acceptPaymentOnline: service.acceptPaymentOnline ?? false,
    advanceSettings: {
      advanceBookingLimitDays: service.advanceBookingLimitDays,
      blockTimeAfterAppointment: service.blockTimeAfterAppointment,
    },
    addOnServices: service.addOns.map(serviceSummary),
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
  };
}

export function clientJson(client: ClientRecord) {
  return {
    id: client.id,
    fullName: client.fullName,
    countryCode: client.countryCode,
    phone: client.phone,
    email: client.email,
    primaryLocation: client.primaryLocationId ? { id: client.primaryLocationId } : null,
    preferredLanguage: client.preferredLanguage ?? null,
    tags: client.tags,
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
  };
}

/** A service or an add-on as appointments and classes name it: the same four fields. */
function serviceSummary(service: AddOnRecord | ServiceRecord) {
  return {
    id: service.id,
    name: service.name,
    durationMinutes: service.durationMinutes,
    sellingPrice: service.sellingPrice,
  };
}

/** date, time, the real instants and the vendor's local-time-with-Z fields for one booking. */
function timeFields(startUtc: string, endUtc: string, zone: string) {
  const start = Date.parse(startUtc);
  const end = Date.parse(endUtc);
  return {
    timezone: zone,
    date: localDateOf(start, zone),
    time: to12Hour(localClockOf(start, zone)),
    startTimeUTC: startUtc,
    startTime: wallClockIso(start, zone),
    endTimeUTC: endUtc,
    endTime: wallClockIso(end, zone),
  };
}

export function appointmentJson(state: SandboxState, appointment: AppointmentRecord) {
  const location = findLocation(state, appointment.locationId);
  const client = findClient(state, appointment.clientId);
  const staff = findStaff(state, appointment.staffId);
  return {
    id: appointment.id,
    location: { id: location.id, title: location.title },
    client: {
      id: client.id,
      fullName: client.fullName,
      countryCode: client.countryCode,
      phone: client.phone,
      email: client.email,
    },
    staff: { id: staff.id, name: staffName(staff) },
    overrideTimeSlotValidation: appointment.overrideTimeSlotValidation,
    ...timeFields(appointment.startUtc, appointment.endUtc, appointment.timezone),
    service: serviceSummary(findService(state, appointment.serviceId)),
    addOnServices: bookedAddOns(findService(state, appointment.serviceId), appointment).map(serviceSummary),
    bookedFrom: appointment.bookedFrom,
    status: appointment.status,
    appointmentType: "LOCATION_VISIT",
    notes: appointment.notes,
    paymentStatus: appointment.paymentStatus ?? "",
    cancellationReason: appointment.cancellationReason,
    createdAt: appointment.createdAt,
    updatedAt: appointment.updatedAt,
  };
}

export function bookedCount(state: SandboxState, classId: string): number {
  return state.participants.filter((p) => p.classId === classId && p.status === "Booked").length;
}

export function classJson(state: SandboxState, session: ClassRecord) {
  const location = findLocation(state, session.locationId);
  const staff = findStaff(state, session.staffId);
  return {
    id: session.id,
    location: { id: location.id, title: location.title },
    staff: { id: staff.id, name: staffName(staff) },
    ...timeFields(session.startUtc, session.endUtc, session.timezone),
    service: serviceSummary(findService(state, session.serviceId)),
    bookedParticipants: bookedCount(state, session.id),
    numberOfParticipants: session.numberOfParticipants,
    status: session.status,
    isOnlineClass: session.isOnlineClass,
    onlineClassLink: session.onlineClassLink,
    onlineClassPassCode: session.onlineClassPassCode,
    advanceSettings: {
      advanceClassBookingThresholdMinutes: session.advanceClassBookingThresholdMinutes,
      cancelClassThresholdMinutes: session.cancelClassThresholdMinutes,
    },
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  };
}

export function participantJson(state: SandboxState, participant: ParticipantRecord) {
  const client = findClient(state, participant.clientId);
  return {
    id: participant.id,
    client: { id: client.id, fullName: client.fullName },
    paymentStatus: participant.paymentStatus,
    status: participant.status,
    cancellationReason: participant.cancellationReason,
    createdAt: participant.createdAt,
    updatedAt: participant.updatedAt,
  };
}
