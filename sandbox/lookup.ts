import { unknownId } from "./http";
import type {
  AppointmentRecord,
  ClassRecord,
  ClientRecord,
  LocationRecord,
  SandboxState,
  ServiceRecord,
  StaffRecord,
} from "./types";

function find<T extends { id: string }>(items: readonly T[], id: string, field: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw unknownId(field);
  return item;
}

export const findLocation = (state: SandboxState, id: string): LocationRecord =>
  find(state.locations, id, "locationId");
export const findStaff = (state: SandboxState, id: string): StaffRecord => find(state.staff, id, "staffId");
export const findService = (state: SandboxState, id: string): ServiceRecord =>
  find(state.services, id, "serviceId");
export const findClient = (state: SandboxState, id: string): ClientRecord =>
  find(state.clients, id, "clientId");
export const findAppointment = (state: SandboxState, id: string): AppointmentRecord =>
  find(state.appointments, id, "appointmentId");
export const findClass = (state: SandboxState, id: string): ClassRecord => find(state.classes, id, "classId");

export function staffName(staff: StaffRecord): string {
  return `${staff.firstName} ${staff.lastName}`;
}

export function digitsOnly(text: string): string {
  return text.replace(/\D/g, "");
}

export function findClientByPhone(
  state: SandboxState,
  countryCode: string,
  phone: string,
): ClientRecord | undefined {
  const code = digitsOnly(countryCode);
  const number = digitsOnly(phone);
  return state.clients.find(
    (client) => digitsOnly(client.countryCode) === code && digitsOnly(client.phone) === number,
  );
}

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`;
}
