// A service's extras as the journey handles them: chosen by id, checked against what the service
// offers, and added to its length and price. Pure: the browser totals the step with it too.
import { UPSTREAM_ID } from "@/lib/upstream-id";
import type { ServiceSummary } from "@/lib/whautomate/types";

/** More than any real service offers; bounds what a link or a request may name. */
/** A service as the extras step offers it, with each add-on's own length and price. */
export type ServiceWithAddOns = ServiceSummary & { addOns: ServiceSummary[] };

export const MAX_ADD_ONS = 10;

/** The ids of an `addOns` parameter ("" is the client's "no extras"), or null when it is not well formed. */
export function parseAddOnIds(text: string): string[] | null {
  if (text === "") return [];
  const ids = text.split(",");
  const wellFormed = ids.length <= MAX_ADD_ONS && ids.every((id) => UPSTREAM_ID.test(id));
  return wellFormed && new Set(ids).size === ids.length ? ids : null;
}

/** The service's add-ons named by `ids`, in the service's order; null when it does not offer one of them. */
export function chosenAddOns(
  service: { addOns: ServiceSummary[] },
  ids: readonly string[],
): ServiceSummary[] | null {
  if (!ids.every((id) => service.addOns.some((addOn) => addOn.id === id))) return null;
  return service.addOns.filter((addOn) => ids.includes(addOn.id));
}

/** How long the appointment takes and what it costs with its add-ons; no price when any is unpriced. */
export function totalOf(
  service: Pick<ServiceSummary, "durationMinutes" | "price">,
  addOns: readonly ServiceSummary[],
): Pick<ServiceSummary, "durationMinutes" | "price"> {
  return addOns.reduce<Pick<ServiceSummary, "durationMinutes" | "price">>(
    (total, addOn) => ({
      durationMinutes: total.durationMinutes + addOn.durationMinutes,
      price: total.price === null || addOn.price === null ? null : total.price + addOn.price,
    }),
    { durationMinutes: service.durationMinutes, price: service.price },
  );
}
