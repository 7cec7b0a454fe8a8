import { appointmentMinutes } from "./add-ons";
import { MINUTE_MS } from "./time";
import { type Interval, mergeStarts, staffSlotStarts } from "./slots";
import type { AddOnRecord, LocationRecord, SandboxState, ServiceRecord, StaffRecord } from "./types";

/** Staff who can take this appointment service at its location, in the service's own order. */
export function eligibleStaff(state: SandboxState, service: ServiceRecord): StaffRecord[] {
  if (service.serviceType !== "APPOINTMENT") return [];
  return service.staffIds.flatMap((id) => {
    const member = state.staff.find((candidate) => candidate.id === id);
    return member && member.active && member.locationIds.includes(service.locationId) ? [member] : [];
  });
}

/** What keeps a staff member busy anywhere: live appointments plus their buffer, and classes they teach. */
export function busyIntervals(
  state: SandboxState,
  staffId: string,
  ignoreAppointmentId?: string,
): Interval[] {
  const appointments = state.appointments
    .filter(
      (appointment) =>
        appointment.staffId === staffId &&
        appointment.id !== ignoreAppointmentId &&
        (appointment.status === "Booked" || appointment.status === "Rescheduled"),
    )
    .map((appointment) => {
      const buffer = state.services.find(
        (service) => service.id === appointment.serviceId,
      )?.blockTimeAfterAppointment;
      return {
        start: Date.parse(appointment.startUtc),
        end: Date.parse(appointment.endUtc) + (buffer ?? 0) * MINUTE_MS,
      };
    });
  const classes = state.classes
    .filter((session) => session.staffId === staffId && session.status === "Active")
    .map((session) => ({ start: Date.parse(session.startUtc), end: Date.parse(session.endUtc) }));
  return [...appointments, ...classes];
}

export interface SlotQuery {
  location: LocationRecord;
  service: ServiceRecord;
  /** Chosen add-ons lengthen the appointment the slot must hold. */
  addOns: readonly AddOnRecord[];
  staff: StaffRecord;
  window: Interval;
  now: number;
  ignoreAppointmentId?: string;
}

export function slotStartsForStaff(state: SandboxState, query: SlotQuery): number[] {
  if (!eligibleStaff(state, query.service).some((member) => member.id === query.staff.id)) return [];
  return staffSlotStarts({
    window: query.window,
    zone: query.location.timezone,
    hours: query.staff.hours.filter((block) => block.locationId === query.location.id),
    durationMinutes: appointmentMinutes(query.service, query.addOns),
    bufferMinutes: query.service.blockTimeAfterAppointment,
    busy: busyIntervals(state, query.staff.id, query.ignoreAppointmentId),
    now: query.now,
    advanceBookingLimitDays: query.service.advanceBookingLimitDays,
  });
}

export function slotStartsForAnyStaff(
  state: SandboxState,
  query: Omit<SlotQuery, "staff"> & { staff?: StaffRecord },
): number[] {
  const staff = query.staff ? [query.staff] : eligibleStaff(state, query.service);
  return mergeStarts(staff.map((member) => slotStartsForStaff(state, { ...query, staff: member })));
}

/** A start is bookable exactly when the slot generator would offer it. */
export function isOpenSlot(state: SandboxState, query: Omit<SlotQuery, "window">, start: number): boolean {
  return slotStartsForStaff(state, { ...query, window: { start, end: start + 1 } }).includes(start);
}

export function firstFreeStaff(
  state: SandboxState,
  query: Omit<SlotQuery, "window" | "staff">,
  start: number,
): StaffRecord | undefined {
  return eligibleStaff(state, query.service).find((staff) => isOpenSlot(state, { ...query, staff }, start));
}
