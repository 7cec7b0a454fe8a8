import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { AddToCalendarLinks } from "@/components/ui/add-to-calendar";
import { buttonStyles } from "@/components/ui/button-styles";
import { MapLink } from "@/components/ui/map-link";
import { totalOf } from "@/lib/booking/add-ons";
import { appointmentEvent } from "@/lib/booking/appointment-event";
import { serviceFacts } from "@/lib/booking/service-facts";
import { env } from "@/lib/env";
import { formatDuration, formatPrice } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import type { AppointmentConfirmation } from "@/lib/booking/confirmation-view";
import { mapSearchHref } from "@/lib/contact/map-link";
import { bookingSection } from "@/lib/my-bookings/group";
import { canChangeAppointment } from "@/lib/my-bookings/policy";
import { AddOnList } from "./add-on-list";
import { AppointmentWhen } from "./appointment-when";
import { ConfirmationActions } from "./confirmation-actions";
import { ManageLinkField } from "./manage-link-field";
import { MovedNote } from "./moved-note";
import { WhatsAppConfirmationNote } from "./whatsapp-confirmation-note";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[8rem_1fr]">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** What, when, with whom, where, price and status of a booked appointment, and what to do next. */
export async function BookingConfirmation({
  confirmation,
  previousStartsAt,
  justBooked,
}: {
  confirmation: AppointmentConfirmation;
  /** Where a reschedule moved it from, to show struck through. */
  previousStartsAt: string | null;
  /** Shown right after booking it, rather than opened again later. */
  justBooked: boolean;
}) {
  const { appointment, address, bookedFor } = confirmation;
  const { t, locale } = await getI18n();
  const now = new Date();
  const policy = canChangeAppointment(appointment, now, env.CANCEL_NOTICE_HOURS);
  const section = bookingSection({ kind: "appointment", appointment }, now);
  const policyNote =
    !policy.allowed && policy.reason === "too_late"
      ? t("bookings.policy.tooLate", { hours: env.CANCEL_NOTICE_HOURS, business: env.BUSINESS_NAME })
      : !policy.allowed && policy.reason === "not_changeable"
        ? t("bookings.policy.notChangeable", { business: env.BUSINESS_NAME })
        : null;
  const moved = previousStartsAt !== null && previousStartsAt !== appointment.startsAt;
  const { service, staff, status } = appointment;
  const isLive = status === "booked" || status === "rescheduled";
  const event = appointmentEvent(appointment, address, {
    t,
    locale,
    currency: env.BUSINESS_CURRENCY,
    business: env.BUSINESS_NAME,
  });
  const { addOns } = appointment;
  const total = totalOf(service, addOns);
  const statusText =
    status === "unknown"
      ? t("booking.status.unknown", { status: appointment.statusRaw })
      : t(`booking.status.${status}`);

  return (
    <div className="space-y-6">
      {justBooked && isLive && !moved ? (
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
            {t("booking.confirmation.title")}
          </h1>
          <p className="text-ink-muted">{t("booking.confirmation.intro")}</p>
          <WhatsAppConfirmationNote appointment={appointment} moved={false} />
        </div>
      ) : (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
              {t("booking.confirmation.titleOther")}
            </h1>
            <p className="rounded-full border border-line px-3 py-1 text-sm font-medium">
              {t(`booking.confirmation.state.${section}`)}
            </p>
          </div>
          {moved && isLive ? (
            <>
              <MovedNote startsAt={appointment.startsAt} />
              <WhatsAppConfirmationNote appointment={appointment} moved />
            </>
          ) : null}
        </div>
      )}
      <dl className="divide-y divide-line rounded-card border border-line bg-surface px-4">
        <Row label={t("booking.confirmation.what")}>
          {service.name}
          <span className="block text-sm font-normal text-ink-muted">
            {formatDuration(service.durationMinutes, locale)}
          </span>
        </Row>
        {addOns.length > 0 ? (
          <Row label={t("booking.confirmation.addOns")}>
            <AddOnList addOns={addOns} />
          </Row>
        ) : null}
        <Row label={t("booking.confirmation.when")}>
          <AppointmentWhen
            startsAt={appointment.startsAt}
            locationTimeZone={appointment.timeZone}
            locationTitle={appointment.location.title}
            previousStartsAt={moved ? previousStartsAt : null}
          />
        </Row>
        {bookedFor ? <Row label={t("booking.confirmation.bookedFor")}>{bookedFor}</Row> : null}
        <Row label={t("booking.confirmation.who")}>{staff?.name || t("booking.confirmation.anyone")}</Row>
        <Row label={t("booking.confirmation.where")}>
          {appointment.location.title}
          {address ? <bdi className="block text-sm font-normal text-ink-muted">{address}</bdi> : null}
          <MapLink href={mapSearchHref(address)} location={appointment.location.title} />
        </Row>
        {addOns.length > 0 ? (
          <Row label={t("booking.confirmation.total")}>
            {serviceFacts(total, t, locale, env.BUSINESS_CURRENCY)}
          </Row>
        ) : service.price !== null ? (
          <Row label={t("booking.confirmation.price")}>
            {formatPrice(service.price, env.BUSINESS_CURRENCY, locale)}
          </Row>
        ) : null}
        <Row label={t("booking.confirmation.status")}>{statusText}</Row>
      </dl>
      {isLive ? (
        <section aria-labelledby="add-to-calendar" className="space-y-3">
          <h2 id="add-to-calendar" className="text-lg font-semibold">
            {t("calendar.heading")}
          </h2>
          <div className="flex flex-wrap gap-3">
            <AddToCalendarLinks
              icsHref={`/bookings/${encodeURIComponent(appointment.id)}/calendar.ics`}
              event={event}
            />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="manage-booking" className="space-y-4">
        <h2 id="manage-booking" className="text-lg font-semibold">
          {t("booking.confirmation.changeHeading")}
        </h2>
        <p className="text-ink-muted">{t("booking.confirmation.manageHint")}</p>
        <ConfirmationActions
          appointment={appointment}
          changeable={policy.allowed}
          policyNote={policyNote}
          contact={confirmation.contact}
          business={env.BUSINESS_NAME}
        />
        {policy.allowed ? <ManageLinkField path={confirmation.manageLink} /> : null}
        <Link href="/book" className={buttonStyles.quiet}>
          {t("booking.confirmation.bookAnother")}
        </Link>
      </section>
    </div>
  );
}
