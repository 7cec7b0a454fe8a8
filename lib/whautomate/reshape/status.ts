import type { BookingStatus, ClassStatus, PaymentStatus } from "../types";

// Keys are lower case with spaces, hyphens and underscores removed: "No-Show" → "noshow".
const BOOKING_STATUSES: Record<string, BookingStatus> = {
  booked: "booked",
  // Not in the vendor's docs; some accounts are said to answer it for a booked appointment [guess].
  confirmed: "booked",
  cancelled: "cancelled",
  canceled: "cancelled",
  waitlisted: "waitlisted",
  waitlist: "waitlisted",
  visited: "visited",
  noshow: "no_show",
  rescheduled: "rescheduled",
};

function statusKey(raw: string): string {
  return raw.toLowerCase().replace(/[\s_-]+/g, "");
}

export function toBookingStatus(raw: string | null | undefined): {
  status: BookingStatus;
  statusRaw: string;
} {
  const statusRaw = raw ?? "";
  const key = statusKey(statusRaw);
  return {
    status: Object.hasOwn(BOOKING_STATUSES, key) ? (BOOKING_STATUSES[key] ?? "unknown") : "unknown",
    statusRaw,
  };
}

/** Anything but cancelled counts as active: an unfamiliar status must not hide a class. */
export function toClassStatus(raw: string | null | undefined): { status: ClassStatus; statusRaw: string } {
  const statusRaw = raw ?? "";
  const key = statusKey(statusRaw);
  return { status: key === "cancelled" || key === "canceled" ? "cancelled" : "active", statusRaw };
}

// The vendor documents `paymentStatus` as text and only "" has been seen; these words are a guess
// at what an account that takes payments answers. Anything else shows no payment state rather than
// a wrong one.
const PAYMENT_STATUSES: Record<string, PaymentStatus> = {
  paid: "paid",
  unpaid: "unpaid",
  notpaid: "unpaid",
  pending: "unpaid",
  due: "unpaid",
  partiallypaid: "partly_paid",
  partpaid: "partly_paid",
  partial: "partly_paid",
  refunded: "refunded",
};

export function toPaymentStatus(raw: string | null | undefined): PaymentStatus | null {
  const key = statusKey(raw ?? "");
  return Object.hasOwn(PAYMENT_STATUSES, key) ? (PAYMENT_STATUSES[key] ?? null) : null;
}
