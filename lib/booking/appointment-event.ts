import { formatList } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { AppointmentView } from "@/lib/my-bookings/types";
import { totalOf } from "./add-ons";
import type { CalendarEvent } from "./calendar-event";
import { serviceFacts } from "./service-facts";

type EventAppointment = Pick<
  AppointmentView,
  "id" | "startsAt" | "endsAt" | "location" | "service" | "addOns" | "staff"
>;

/** "Extras: Deep Conditioning Treatment. Total: 1 hr · £80.00", or null for an appointment without any. */
export function addOnsLine(
  appointment: Pick<AppointmentView, "service" | "addOns">,
  t: Translate,
  locale: string,
  currency: string,
): string | null {
  const { service, addOns } = appointment;
  if (addOns.length === 0) return null;
  return t("booking.addOns.withTotal", {
    addOns: formatList(
      addOns.map((addOn) => addOn.name),
      locale,
    ),
    facts: serviceFacts(totalOf(service, addOns), t, locale, currency),
  });
}

/** The calendar entry for a booked appointment, in the visitor's language. */
export function appointmentEvent(
  appointment: EventAppointment,
  address: string | null,
  words: { t: Translate; locale: string; currency: string; business: string },
): CalendarEvent {
  const { t, locale, currency, business } = words;
  const place = address ? `${appointment.location.title}, ${address}` : appointment.location.title;
  const lines = [
    appointment.staff ? t("booking.calendarEvent.withStaff", { staff: appointment.staff.name }) : null,
    addOnsLine(appointment, t, locale, currency),
  ].filter((line) => line !== null);
  return {
    uid: `${appointment.id}@whautomate-booking-portal`,
    title: t("booking.calendarEvent.title", { service: appointment.service.name, business }),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    location: place,
    description: lines.length > 0 ? lines.join("\n") : undefined,
  };
}
