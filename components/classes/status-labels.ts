import type { ClassAvailability } from "@/lib/classes/class-status";
import type { MessageKey } from "@/lib/i18n/messages/en";

export const availabilityLabel: Record<ClassAvailability, MessageKey> = {
  book: "classes.status.book",
  full: "classes.status.full",
  booked: "classes.status.booked",
  waitlisted: "classes.status.waitlisted",
  booking_closed: "classes.status.bookingClosed",
  started: "classes.status.started",
  ended: "classes.status.ended",
  cancelled: "classes.status.cancelled",
};
