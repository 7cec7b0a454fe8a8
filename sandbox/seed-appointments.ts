import { seedStaff, zoneOf } from "./seed-business";
import {
  DAY_MS,
  MINUTE_MS,
  addDaysToLocalDate,
  isoInstant,
  localDateOf,
  weekdayOf,
  zonedToInstant,
} from "./time";
import type { AppointmentRecord, AppointmentStatus, ServiceRecord } from "./types";

/** The n-th local date (n ≥ 1 after today, n ≤ -1 before) on which the staff member works at the location. */
function nthWorkingDate(now: number, staffId: string, locationId: string, n: number): string {
  const member = seedStaff.find((candidate) => candidate.id === staffId);
  const days = new Set(member?.hours.filter((h) => h.locationId === locationId).map((h) => h.weekday));
  const step = n > 0 ? 1 : -1;
  let date = localDateOf(now, zoneOf(locationId));
  let found = 0;
  while (found < Math.abs(n)) {
    date = addDaysToLocalDate(date, step);
    if (days.has(weekdayOf(date))) found += 1;
  }
  return date;
}

interface AppointmentSpec {
  id: string;
  clientId: string;
  serviceId: string;
  staffId: string;
  nthWorkingDay: number;
  clock: string;
  status: AppointmentStatus;
  cancellationReason?: string;
  notes?: string;
}

const appointmentSpecs: AppointmentSpec[] = [
  {
    id: "apt_emma_cut",
    clientId: "cli_emma",
    serviceId: "svc_signature_cut",
    staffId: "stf_amelia",
    nthWorkingDay: 1,
    clock: "10:00",
    status: "Booked",
    notes: "Prefers a dry cut",
  },
  {
    id: "apt_james_consultation",
    clientId: "cli_james",
    serviceId: "svc_style_consultation",
    staffId: "stf_oliver",
    nthWorkingDay: 1,
    clock: "11:00",
    status: "Booked",
  },
  {
    id: "apt_chloe_colour",
    clientId: "cli_chloe",
    serviceId: "svc_full_colour",
    staffId: "stf_sofia",
    nthWorkingDay: 1,
    clock: "14:00",
    status: "Booked",
  },
  {
    id: "apt_ananya_physio",
    clientId: "cli_ananya",
    serviceId: "svc_physio_assessment",
    staffId: "stf_priya",
    nthWorkingDay: 1,
    clock: "11:00",
    status: "Booked",
  },
  {
    id: "apt_rohan_follow_up",
    clientId: "cli_rohan",
    serviceId: "svc_follow_up",
    staffId: "stf_arjun",
    nthWorkingDay: 2,
    clock: "15:00",
    status: "Rescheduled",
  },
  {
    id: "apt_olivia_cancelled",
    clientId: "cli_olivia",
    serviceId: "svc_signature_cut",
    staffId: "stf_amelia",
    nthWorkingDay: 2,
    clock: "15:00",
    status: "Cancelled",
    cancellationReason: "Client asked to cancel",
  },
  {
    id: "apt_harry_visited",
    clientId: "cli_harry",
    serviceId: "svc_beard_trim",
    staffId: "stf_oliver",
    nthWorkingDay: -1,
    clock: "10:30",
    status: "Visited",
  },
  {
    id: "apt_emma_colour_visited",
    clientId: "cli_emma",
    serviceId: "svc_full_colour",
    staffId: "stf_amelia",
    nthWorkingDay: -5,
    clock: "14:00",
    status: "Visited",
  },
  {
    id: "apt_meera_no_show",
    clientId: "cli_meera",
    serviceId: "svc_nutrition_consultation",
    staffId: "stf_arjun",
    nthWorkingDay: -1,
    clock: "12:00",
    status: "No-Show",
  },
];

export function seedAppointments(now: number, services: ServiceRecord[]): AppointmentRecord[] {
  return appointmentSpecs.map((spec) => {
    const service = services.find((candidate) => candidate.id === spec.serviceId);
    if (!service) throw new Error(`seed: unknown service ${spec.serviceId}`);
    const zone = zoneOf(service.locationId);
    const date = nthWorkingDate(now, spec.staffId, service.locationId, spec.nthWorkingDay);
    const start = zonedToInstant(date, spec.clock, zone);
    const createdAt = isoInstant(Math.min(start, now) - 7 * DAY_MS);
    return {
      id: spec.id,
      locationId: service.locationId,
      clientId: spec.clientId,
      staffId: spec.staffId,
      serviceId: spec.serviceId,
      addOnServiceIds: [],
      timezone: zone,
      startUtc: isoInstant(start),
      endUtc: isoInstant(start + service.durationMinutes * MINUTE_MS),
      status: spec.status,
      bookedFrom: "Admin Portal",
      notes: spec.notes ?? "",
      paymentStatus: spec.status === "Visited" ? "Paid" : service.acceptPaymentOnline ? "Unpaid" : "",
      cancellationReason: spec.cancellationReason ?? null,
      overrideTimeSlotValidation: false,
      createdAt,
      updatedAt: createdAt,
    };
  });
}
