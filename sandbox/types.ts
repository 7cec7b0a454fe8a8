import type { WeeklyHours } from "./slots";

export type AppointmentStatus = "Booked" | "Rescheduled" | "Cancelled" | "Visited" | "No-Show";
export type ParticipantStatus = "Booked" | "Waitlisted" | "Cancelled";
export type ClassStatus = "Active" | "Cancelled";
export type ServiceType = "APPOINTMENT" | "CLASS";

export interface LocationRecord {
  id: string;
  title: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  district: string;
  postalCode: string;
  phone: string;
  /** Not exposed by the API (the real one has no such field); drives slot maths. */
  timezone: string;
}

export interface StaffHours extends WeeklyHours {
  locationId: string;
}

export interface StaffRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  countryCode: string;
  phone: string;
  active: boolean;
  locationIds: string[];
  hours: StaffHours[];
  /** Not in the vendor's documented staff shape: the sandbox's guess at a line about them. */
  description: string;
}

export interface ServiceCategoryRecord {
  id: string;
  name: string;
  locationId: string;
  slug: string;
  createdAt: string;
  updatedAt: string;
}

/** An extra a client may add to one service's appointment; it lengthens the appointment. */
export interface AddOnRecord {
  id: string;
  name: string;
  durationMinutes: number;
  sellingPrice: number;
}

export interface ServiceRecord {
  id: string;
  serviceType: ServiceType;
  name: string;
  description: string;
  locationId: string;
  durationMinutes: number;
  categoryIds: string[];
  staffIds: string[];
  numberOfParticipants: number;
  sellingPrice: number;
  costPrice: number;
  active: boolean;
  allowOnlineBooking: boolean;
  acceptPaymentOnline: boolean;
  advanceBookingLimitDays: number | null;
  blockTimeAfterAppointment: number;
  /** Listed on the service as `addOnServices` [guess: the vendor documents them only on appointments]. */
  addOns: AddOnRecord[];
  createdAt: string;
  updatedAt: string;
}

export interface ClientRecord {
  id: string;
  fullName: string;
  countryCode: string;
  phone: string;
  email: string;
  primaryLocationId: string | null;
  /** A BCP 47 tag such as "hi", or null when the business has not recorded one. */
  preferredLanguage: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface AppointmentRecord {
  id: string;
  locationId: string;
  clientId: string;
  staffId: string;
  serviceId: string;
  addOnServiceIds: string[];
  timezone: string;
  startUtc: string;
  endUtc: string;
  status: AppointmentStatus;
  bookedFrom: string;
  notes: string;
  /** "" as seen; "Paid"/"Unpaid" are the sandbox's guess at an account that takes payments. */
  paymentStatus: string;
  cancellationReason: string | null;
  overrideTimeSlotValidation: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ClassRecord {
  id: string;
  locationId: string;
  staffId: string;
  serviceId: string;
  timezone: string;
  startUtc: string;
  endUtc: string;
  numberOfParticipants: number;
  status: ClassStatus;
  isOnlineClass: boolean;
  onlineClassLink: string | null;
  onlineClassPassCode: string;
  advanceClassBookingThresholdMinutes: number;
  cancelClassThresholdMinutes: number;
  createdAt: string;
  updatedAt: string;
}

export interface ParticipantRecord {
  id: string;
  classId: string;
  clientId: string;
  status: ParticipantStatus;
  paymentStatus: string;
  cancellationReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxMessage {
  id: string;
  /** "api": sent through sendtemplate; "automation": the account's own notification automations. */
  sentBy: "api" | "automation";
  to: { phoneNumber: string; clientId: string | null; name: string | null };
  template: { name: string; language: string };
  locationId: string | null;
  bodyTextParameters: string[];
  headerTextParameters: string[];
  buttonUrlParameters: string[];
  sentAt: string;
}

export interface SandboxState {
  version: 1;
  seededAt: string;
  locations: LocationRecord[];
  staff: StaffRecord[];
  categories: ServiceCategoryRecord[];
  services: ServiceRecord[];
  clients: ClientRecord[];
  appointments: AppointmentRecord[];
  classes: ClassRecord[];
  participants: ParticipantRecord[];
  outbox: OutboxMessage[];
}
