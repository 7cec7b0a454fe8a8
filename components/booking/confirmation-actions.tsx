"use client";

import { Link } from "@/components/ui/link";
import { BookingsAnnouncer } from "@/components/my-bookings/bookings-announcer";
import { CancelAppointmentDialog } from "@/components/my-bookings/cancel-appointment-dialog";
import { useBookingWhen } from "@/components/my-bookings/use-booking-when";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { ContactLinks } from "@/components/ui/contact-links";
import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { AppointmentView } from "@/lib/my-bookings/types";

/** Reschedule and cancel where the notice policy still allows it, else the reason in their place. */
export function ConfirmationActions({
  appointment,
  changeable,
  policyNote,
  contact,
  business,
}: {
  appointment: AppointmentView;
  changeable: boolean;
  policyNote: string | null;
  contact: BusinessPhone | null;
  business: string;
}) {
  const { t } = useI18n();
  const { when } = useBookingWhen(appointment.startsAt, appointment.timeZone, appointment.location.title);
  return (
    <BookingsAnnouncer>
      {policyNote ? (
        <div className="rounded-control bg-brand-soft p-3 text-sm">
          <p>{policyNote}</p>
          <ContactLinks phone={contact} />
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        {changeable ? (
          <>
            <Link
              href={`/book?reschedule=${encodeURIComponent(appointment.id)}`}
              className={buttonStyles.primary}
              aria-label={t("booking.reschedule.openFor", { name: appointment.service.name, when })}
            >
              {t("booking.reschedule.open")}
            </Link>
            <CancelAppointmentDialog
              appointment={appointment}
              when={when}
              business={business}
              contact={contact}
            />
          </>
        ) : null}
        <Link href="/bookings" className={buttonStyles.secondary}>
          {t("booking.confirmation.allBookings")}
        </Link>
      </div>
    </BookingsAnnouncer>
  );
}
