// The app's own shapes for what Whautomate holds. Nothing raw leaves lib/whautomate; instants are
// UTC ISO strings so these cross server-action boundaries and caches unchanged. Pure types: safe
// to import from client components.

export type BookingStatus =
  "booked" | "cancelled" | "waitlisted" | "visited" | "no_show" | "rescheduled" | "unknown";
export type ClassStatus = "active" | "cancelled";
export type PaymentStatus = "paid" | "unpaid" | "partly_paid" | "refunded";
export type ServiceKind = "appointment" | "class" | "other";

export interface Location {
  id: string;
  title: string;
  /** Address lines joined with ", "; may be "". */
  address: string;
  phone: string | null;
}

export interface StaffMember {
  id: string;
  name: string;
  locationIds: string[];
  active: boolean;
  /** A line about them, where the account has one. */
  description: string | null;
}

export interface ServiceCategory {
  id: string;
  name: string;
  locationId: string | null;
}

export interface Service {
  id: string;
  name: string;
  locationId: string;
  categories: { id: string; name: string }[];
  durationMinutes: number;
  price: number | null;
  staffIds: string[];
  active: boolean;
  /** active && allowOnlineBooking: the only services a portal offers. */
  bookableOnline: boolean;
  bookingWindowDays: number | null;
  /** Time blocked after each appointment. */
  bufferMinutes: number;
  kind: ServiceKind;
  /** The business's own words about the service; null when it wrote none. */
  description: string | null;
  /** The business takes payment for it online (acceptPaymentOnline), otherwise at the visit. */
  paysOnline: boolean;
  /** Extras a client may add to it, each lengthening the appointment; [] when it offers none. */
  addOns: ServiceSummary[];
}

export interface AvailableSlot {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** "YYYY-MM-DD" in timeZone. */
  localDate: string;
  /** "HH:mm" in timeZone. */
  localTime: string;
}

export interface DayAvailability {
  date: string;
  timeZone: string;
  slots: AvailableSlot[];
}

export interface ServiceSummary {
  id: string;
  name: string;
  durationMinutes: number;
  price: number | null;
}

export interface Appointment {
  id: string;
  status: BookingStatus;
  statusRaw: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localDate: string;
  localTime: string;
  location: { id: string; title: string };
  staff: { id: string; name: string } | null;
  client: { id: string; fullName: string };
  service: ServiceSummary;
  /** Extras booked with the service; the appointment's length includes them. */
  addOns: ServiceSummary[];
  notes: string;
  /** The reference of the portal request that made it; null when made elsewhere. */
  reference: string | null;
  bookedFrom: string | null;
  /** null when the account says nothing we recognise. */
  paymentStatus: PaymentStatus | null;
}

export interface ClassSession {
  id: string;
  name: string;
  service: ServiceSummary;
  location: { id: string; title: string };
  instructor: { id: string; name: string } | null;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  localDate: string;
  localTime: string;
  capacity: number;
  booked: number;
  /** Never negative, even when the class is overbooked. */
  spotsLeft: number;
  status: ClassStatus;
  statusRaw: string;
  isOnline: boolean;
  online: { link: string; passcode: string | null } | null;
  /** Booking closes this many minutes before the start. */
  bookingCutoffMinutes: number | null;
  /** Cancelling closes this many minutes before the start. */
  cancelCutoffMinutes: number | null;
}

export interface ClassParticipant {
  id: string;
  classId: string | null;
  client: { id: string; fullName: string };
  status: BookingStatus;
  statusRaw: string;
  paymentStatus: PaymentStatus | null;
}

export interface ClassBooking {
  participant: ClassParticipant;
  session: ClassSession;
}

export interface Client {
  id: string;
  fullName: string;
  /** "+1" */
  countryCode: string;
  /** Digits without the country code. */
  phone: string;
  email: string | null;
  /** The language the business recorded for the client, a BCP 47 tag such as "hi". */
  preferredLanguage: string | null;
}

/** Who a booking is for: an existing client, or a new one the API creates or matches. */
export type ClientIdentity = { id: string } | { fullName: string; countryCode: string; phone: string };

export interface WebhookRegistration {
  id: string;
  name: string;
  active: boolean;
  serverUrl: string;
  headerNames: string[];
  events: string[];
}
