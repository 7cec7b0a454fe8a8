import { onlineAccessFor, toPublicClassSession } from "@/lib/classes/public-class";
import type { Appointment, ClassBooking } from "@/lib/whautomate/types";
import type { AppointmentView, ClassPlaceView } from "./types";

// Field by field rather than by omission, so a field added to the domain types later reaches no page unasked.

export function toAppointmentView(appointment: Appointment): AppointmentView {
  const {
    id,
    status,
    statusRaw,
    startsAt,
    endsAt,
    timeZone,
    location,
    staff,
    service,
    addOns,
    paymentStatus,
  } = appointment;
  return {
    id,
    status,
    statusRaw,
    paymentStatus,
    startsAt,
    endsAt,
    timeZone,
    location: { id: location.id, title: location.title },
    staff: staff ? { id: staff.id, name: staff.name } : null,
    service: {
      id: service.id,
      name: service.name,
      durationMinutes: service.durationMinutes,
      price: service.price,
    },
    addOns: addOns.map((addOn) => ({
      id: addOn.id,
      name: addOn.name,
      durationMinutes: addOn.durationMinutes,
      price: addOn.price,
    })),
  };
}

export function toClassPlaceView({ participant, session }: ClassBooking): ClassPlaceView {
  const { id, status, statusRaw, paymentStatus } = participant;
  return {
    participant: { id, status, statusRaw, paymentStatus },
    session: toPublicClassSession(session),
    online: onlineAccessFor(session, status === "booked" ? "booked" : null),
  };
}
