import type { RawLocation, RawService, RawServiceCategory, RawStaff } from "../schemas/catalogue";
import type { Location, Service, ServiceCategory, ServiceKind, StaffMember } from "../types";
import { addOnSummaries } from "./shared";

export function reshapeLocation(raw: RawLocation): Location {
  const lines = [raw.addressLine1, raw.addressLine2, raw.city, raw.district, raw.postalCode];
  return {
    id: raw.id,
    title: raw.title ?? "",
    address: lines
      .map((line) => line?.trim())
      .filter(Boolean)
      .join(", "),
    phone: raw.phone?.trim() || null,
  };
}

export function reshapeStaff(raw: RawStaff): StaffMember {
  return {
    id: raw.id,
    name: raw.name?.trim() || [raw.firstName, raw.lastName].filter(Boolean).join(" ").trim(),
    locationIds: (raw.locations ?? []).map((location) =>
      typeof location === "string" ? location : location.id,
    ),
    active: raw.active ?? true,
    description: raw.description?.trim() || null,
  };
}

export function reshapeServiceCategory(raw: RawServiceCategory): ServiceCategory {
  return { id: raw.id, name: raw.name ?? "", locationId: raw.location?.id ?? null };
}

function serviceKind(serviceType: string | null | undefined): ServiceKind {
  const type = serviceType?.toLowerCase();
  return type === "appointment" || type === "class" ? type : "other";
}

export function reshapeService(raw: RawService): Service {
  const active = raw.active ?? true;
  const bookingLimitDays = raw.advanceSettings?.advanceBookingLimitDays;
  return {
    id: raw.id,
    name: raw.name ?? "",
    locationId: raw.location.id,
    categories: (raw.categories ?? []).map((category) => ({ id: category.id, name: category.name ?? "" })),
    durationMinutes: raw.durationMinutes,
    price: raw.sellingPrice ?? null,
    staffIds: (raw.staffs ?? []).map((staff) => staff.id),
    active,
    bookableOnline: active && raw.allowOnlineBooking === true,
    // 0 reads as "no limit" rather than "nothing bookable" [guess].
    bookingWindowDays: bookingLimitDays && bookingLimitDays > 0 ? bookingLimitDays : null,
    bufferMinutes: raw.advanceSettings?.blockTimeAfterAppointment ?? 0,
    kind: serviceKind(raw.serviceType),
    description: raw.description?.trim() || null,
    paysOnline: raw.acceptPaymentOnline === true,
    addOns: addOnSummaries(raw.addOnServices),
  };
}
