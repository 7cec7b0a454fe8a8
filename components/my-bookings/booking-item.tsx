"use client";

import dynamic from "next/dynamic";
import { Link } from "@/components/ui/link";
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { isCancelledBooking, type BookingSection } from "@/lib/my-bookings/group";
import { MapLink } from "@/components/ui/map-link";
import { addOnsLine } from "@/lib/booking/appointment-event";
import { bookingHref } from "@/lib/booking/booking-params";
import { timetableHref } from "@/lib/classes/timetable-params";
import type { LocationContact } from "@/lib/contact/location-contacts";
import type { BookingListItem } from "@/lib/my-bookings/types";
import { bookingStatusText } from "./booking-status";
import { ChangePolicyNote } from "./change-policy-note";
import { ClassPlaceActions } from "./class-place-actions";
import { useBookingWhen } from "./use-booking-when";

// Its form brings react-hook-form and the schema: loaded only where an appointment can be cancelled.
const CancelAppointmentDialog = dynamic(() =>
  import("./cancel-appointment-dialog").then((module) => module.CancelAppointmentDialog),
);

function describe(item: BookingListItem) {
  if (item.kind === "appointment") {
    const { appointment } = item;
    return {
      name: appointment.service.name,
      startsAt: appointment.startsAt,
      timeZone: appointment.timeZone,
      location: appointment.location.title,
      person: appointment.staff?.name ?? null,
      online: false,
      payment: appointment.paymentStatus,
      href: `/bookings/${encodeURIComponent(appointment.id)}`,
      againHref: bookingHref({
        location: appointment.location.id,
        service: appointment.service.id,
        // The same extras again; one the service no longer offers makes the journey ask afresh.
        addOns: appointment.addOns.length ? appointment.addOns.map((addOn) => addOn.id).join(",") : undefined,
        staff: appointment.staff?.id,
      }),
    };
  }
  const { session } = item.booking;
  return {
    name: session.name,
    startsAt: session.startsAt,
    timeZone: session.timeZone,
    location: session.location.title,
    person: session.instructor?.name ?? null,
    online: session.isOnline,
    payment: item.booking.participant.paymentStatus,
    href: `/classes/${encodeURIComponent(session.id)}`,
    // The timetable of that kind of class at that location: another date is the client's to choose.
    againHref: timetableHref({
      week: null,
      tz: null,
      location: session.location.id,
      instructor: null,
      type: session.service.id,
    }),
  };
}

export function BookingItem({
  item,
  section,
  business,
  currency,
  noticeHours,
  contact,
}: {
  item: BookingListItem;
  section: BookingSection;
  business: string;
  /** The business's ISO 4217 currency. */
  currency: string;
  noticeHours: number;
  contact: LocationContact | null;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const details = describe(item);
  const { when, atLocation } = useBookingWhen(details.startsAt, details.timeZone, details.location);
  const status = bookingStatusText(item, t, business);
  const cancelled = isCancelledBooking(item);
  const phone = contact?.phone ?? null;
  // What is over or cancelled is booked again; what is still to come is moved instead.
  const bookAgain = section !== "upcoming";

  return (
    <article
      aria-labelledby={`${id}-name`}
      className="space-y-3 rounded-card border border-line bg-surface p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-sm text-ink-muted">{t(`bookings.kind.${item.kind}`)}</p>
          <h3 id={`${id}-name`} className={`text-lg font-semibold ${cancelled ? "line-through" : ""}`}>
            {details.name}
          </h3>
        </div>
        <p className="rounded-full border border-line px-3 py-1 text-sm font-medium">
          <span className="sr-only">{t("bookings.status.label")}: </span>
          {status}
        </p>
      </div>
      <div className="space-y-1">
        {item.kind === "appointment" && item.appointment.addOns.length > 0 ? (
          <p className="text-sm">{addOnsLine(item.appointment, t, locale, currency)}</p>
        ) : null}
        <p>
          <time dateTime={details.startsAt}>{when}</time>
        </p>
        {atLocation ? <p className="text-sm text-ink-muted">{atLocation}</p> : null}
        <p className="text-sm text-ink-muted">
          {[
            details.online ? t("bookings.online") : details.location,
            details.person ? t("bookings.with", { name: details.person }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {details.payment ? (
          <p className="text-sm text-ink-muted">
            {t("bookings.payment.line", { state: t(`bookings.payment.${details.payment}`) })}
          </p>
        ) : null}
        {details.online ? null : <MapLink href={contact?.mapHref ?? null} location={details.location} />}
      </div>
      <ChangePolicyNote item={item} business={business} noticeHours={noticeHours} contact={phone} />
      <div className="flex flex-wrap gap-2">
        {item.kind === "appointment" && item.change?.allowed ? (
          <>
            <Link
              href={`/book?reschedule=${encodeURIComponent(item.appointment.id)}`}
              className={buttonStyles.secondary}
              aria-label={t("booking.reschedule.openFor", { name: details.name, when })}
            >
              {t("booking.reschedule.open")}
            </Link>
            <CancelAppointmentDialog
              appointment={item.appointment}
              when={when}
              business={business}
              contact={phone}
            />
          </>
        ) : null}
        {item.kind === "class" && item.change?.allowed ? (
          <ClassPlaceActions
            booking={item.booking}
            lateCancel={item.change.lateCancel}
            when={when}
            contact={phone}
          />
        ) : null}
        {bookAgain ? (
          <Link
            href={details.againHref}
            className={buttonStyles.secondary}
            aria-label={t("bookings.bookAgainFor", { name: details.name })}
          >
            {t("bookings.bookAgain")}
          </Link>
        ) : null}
        <Link
          href={details.href}
          className={buttonStyles.quiet}
          aria-label={t("bookings.viewDetailsOf", { name: details.name, when })}
        >
          {t("bookings.viewDetails")}
        </Link>
      </div>
    </article>
  );
}
