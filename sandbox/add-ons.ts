import type { ApiError } from "./http";
import type { AddOnRecord, AppointmentRecord, ServiceRecord } from "./types";

/** The add-ons named by `ids`, each one the service offers; anything else is refused with `refusal`. */
export function chosenAddOns(
  service: ServiceRecord,
  ids: readonly string[],
  refusal: () => ApiError,
): AddOnRecord[] {
  if (new Set(ids).size !== ids.length) throw refusal();
  return ids.map((id) => {
    const addOn = service.addOns.find((candidate) => candidate.id === id);
    if (!addOn) throw refusal();
    return addOn;
  });
}

/** An appointment's add-ons as its service lists them now; one the service no longer offers is dropped. */
export function bookedAddOns(service: ServiceRecord, appointment: AppointmentRecord): AddOnRecord[] {
  return service.addOns.filter((addOn) => appointment.addOnServiceIds.includes(addOn.id));
}

/** How long an appointment of the service with these add-ons lasts. */
export function appointmentMinutes(service: ServiceRecord, addOns: readonly AddOnRecord[]): number {
  return addOns.reduce((total, addOn) => total + addOn.durationMinutes, service.durationMinutes);
}
