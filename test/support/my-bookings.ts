// Domain objects for unit tests of lib/my-bookings; only what the functions under test read matters.
import type { Appointment, ClassBooking } from "@/lib/whautomate/types";

export function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: "apt_1",
    status: "booked",
    statusRaw: "Booked",
    startsAt: "2026-06-10T09:00:00.000Z",
    endsAt: "2026-06-10T09:45:00.000Z",
    timeZone: "Europe/London",
    localDate: "2026-06-10",
    localTime: "10:00",
    location: { id: "loc_london", title: "Soho Studio" },
    staff: { id: "stf_amelia", name: "Amelia Hart" },
    client: { id: "cli_emma", fullName: "Emma Clarke" },
    service: { id: "svc_signature_cut", name: "Signature Cut", durationMinutes: 45, price: 60 },
    addOns: [],
    notes: "",
    reference: null,
    bookedFrom: "Online Booking",
    paymentStatus: null,
    ...overrides,
  };
}

export function classBooking(
  participant: Partial<ClassBooking["participant"]> = {},
  session: Partial<ClassBooking["session"]> = {},
): ClassBooking {
  return {
    participant: {
      id: "par_1",
      classId: "cls_1",
      client: { id: "cli_emma", fullName: "Emma Clarke" },
      status: "booked",
      statusRaw: "Booked",
      paymentStatus: null,
      ...participant,
    },
    session: {
      id: "cls_1",
      name: "Vinyasa Yoga",
      service: { id: "svc_vinyasa_yoga", name: "Vinyasa Yoga", durationMinutes: 60, price: 15 },
      location: { id: "loc_london", title: "Soho Studio" },
      instructor: { id: "stf_oliver", name: "Oliver Reed" },
      timeZone: "Europe/London",
      startsAt: "2026-06-10T17:30:00.000Z",
      endsAt: "2026-06-10T18:30:00.000Z",
      localDate: "2026-06-10",
      localTime: "18:30",
      capacity: 12,
      booked: 5,
      spotsLeft: 7,
      status: "active",
      statusRaw: "Active",
      isOnline: false,
      online: null,
      bookingCutoffMinutes: 60,
      cancelCutoffMinutes: 720,
      ...session,
    },
  };
}
