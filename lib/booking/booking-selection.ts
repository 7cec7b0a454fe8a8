import type { Location, Service, ServiceCategory, ServiceSummary, StaffMember } from "@/lib/whautomate/types";
import { chosenAddOns, parseAddOnIds } from "./add-ons";
import type { BookingParams } from "./booking-params";
import { ANY_STAFF } from "./types";

export type BookingStep = "location" | "service" | "addOns" | "staff" | "datetime" | "details";

export interface BookingCatalogue {
  locations: Location[];
  services: Service[];
  categories: ServiceCategory[];
  staff: StaffMember[];
}

export interface BookingSelection {
  step: BookingStep;
  /** The parameters with unknown or ineligible choices dropped and an implied location filled in. */
  params: BookingParams;
  location: Location | null;
  /** Services a client may book online at the chosen location. */
  services: Service[];
  service: Service | null;
  /** The chosen service's add-ons the client chose ([] for none); null while not chosen. */
  addOns: ServiceSummary[] | null;
  /** Who performs the chosen service, in the service's own order. */
  eligibleStaff: StaffMember[];
  /** A named staff member, "any", or null while not chosen. */
  staff: StaffMember | typeof ANY_STAFF | null;
}

export function isBookableOnline(service: Service): boolean {
  return service.bookableOnline && service.kind === "appointment";
}

export function eligibleStaffFor(service: Service, staff: StaffMember[]): StaffMember[] {
  const byId = new Map(staff.map((member) => [member.id, member]));
  return service.staffIds
    .map((staffId) => byId.get(staffId))
    .filter((member): member is StaffMember => member !== undefined && member.active);
}

/** Works out the furthest step the parameters allow, dropping whatever does not fit the catalogue. */
export function resolveBookingSelection(raw: BookingParams, catalogue: BookingCatalogue): BookingSelection {
  const params: BookingParams = { ...raw };
  const bookable = catalogue.services.filter(isBookableOnline);
  const requestedService = bookable.find((service) => service.id === params.service);

  const location =
    catalogue.locations.find((candidate) => candidate.id === params.location) ??
    catalogue.locations.find((candidate) => candidate.id === requestedService?.locationId) ??
    (catalogue.locations.length === 1 ? catalogue.locations[0]! : null);
  if (location) params.location = location.id;
  else delete params.location;

  const services = location ? bookable.filter((service) => service.locationId === location?.id) : [];
  const service = services.find((candidate) => candidate.id === params.service) ?? null;
  if (!service) delete params.service;

  const addOnIds = params.addOns === undefined ? null : parseAddOnIds(params.addOns);
  // A service without add-ons has no step for them: it counts as "no extras" chosen.
  const addOns = !service
    ? null
    : service.addOns.length === 0
      ? []
      : addOnIds && chosenAddOns(service, addOnIds);
  if (!service || service.addOns.length === 0 || !addOns) delete params.addOns;
  // Changing the extras reopens their step with the chosen ones still in the link, to be adjusted.
  const changingAddOns = params.change === "addOns" && addOns !== null && params.addOns !== undefined;
  if (!changingAddOns) delete params.change;

  const eligibleStaff = service ? eligibleStaffFor(service, catalogue.staff) : [];
  const staff =
    params.staff === ANY_STAFF && eligibleStaff.length > 0
      ? ANY_STAFF
      : (eligibleStaff.find((member) => member.id === params.staff) ?? null);
  if (!staff) delete params.staff;

  const step: BookingStep = !location
    ? "location"
    : !service
      ? "service"
      : !addOns || changingAddOns
        ? "addOns"
        : !staff
          ? "staff"
          : params.time
            ? "details"
            : "datetime";
  if (step !== "details") delete params.time;
  return {
    step,
    params,
    location,
    services,
    service,
    addOns: changingAddOns ? null : addOns,
    eligibleStaff,
    staff,
  };
}
