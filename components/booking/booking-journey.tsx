import { PhoneCountries } from "@/components/forms/phone-countries";
import { StaleNotice } from "@/components/ui/stale-notice";
import { env } from "@/lib/env";
import type { BookingCatalogue, BookingSelection } from "@/lib/booking/booking-selection";
import type { RequestedTime } from "@/lib/booking/requested-time";
import { contactPrefill } from "@/lib/booking/prefill";
import { getI18n } from "@/lib/i18n/server";
import { businessPhone } from "@/lib/contact/business-phone";
import { defaultPhoneCountry } from "@/lib/contact/phone";
import type { BookingStep } from "@/lib/booking/booking-selection";
import { AddOnsStep } from "./add-ons-step";
import { BookingSummary } from "./booking-summary";
import { DateTimeStep } from "./date-time-step";
import type { FirstMonth } from "./use-month-availability";
import { DetailsStep } from "./details-step";
import { LocationStep } from "./location-step";
import { RescheduleStep } from "./reschedule-step";
import { ServiceStep } from "./service-step";
import { StaffStep } from "./staff-step";
import { StepHeading } from "./step-heading";

const allSteps: BookingStep[] = ["location", "service", "addOns", "staff", "datetime", "details"];

/** The current step of the journey under a summary of what was chosen before it. */
export async function BookingJourney({
  selection,
  catalogue,
  catalogueStale,
  firstMonth,
  serverNow,
  savedTimeZone,
  returning,
  locationTimeZone,
  requestedUnavailable,
  reschedule,
}: {
  selection: BookingSelection;
  catalogue: BookingCatalogue;
  /** Part of the catalogue is Whautomate's last good answer, served while it is busy or down. */
  catalogueStale: boolean;
  firstMonth: FirstMonth | null;
  serverNow: string;
  savedTimeZone: string | null;
  /** A returning client's name and phone, for the details form. */
  returning: { name?: string; phone?: string };
  locationTimeZone: string | null;
  /** The link's time is not free: the nearest free times instead. */
  requestedUnavailable: RequestedTime["unavailable"];
  /** Set when moving an existing appointment: its id and current start. */
  reschedule?: { appointmentId: string; startsAt: string };
}) {
  const { t, locale } = await getI18n();
  const { step, params, location, service, staff, services, eligibleStaff } = selection;
  const contact = businessPhone(location?.phone);
  // The extras step counts only for a service that offers some.
  const steps = service?.addOns.length ? allSteps : allSteps.filter((each) => each !== "addOns");
  return (
    <div className="@container space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
        {reschedule ? t("booking.reschedule.title") : t("booking.title")}
      </h1>
      {/* Wide enough (a desktop, a wide frame), what was chosen stays beside the step, as in the best bookers. */}
      <div className="flex flex-col gap-6 @4xl:flex-row @4xl:items-start">
        <BookingSummary
          selection={selection}
          locationCount={catalogue.locations.length}
          moving={reschedule ? { startsAt: reschedule.startsAt } : null}
          className="@4xl:sticky @4xl:top-6 @4xl:w-72 @4xl:shrink-0"
        />
        <section aria-labelledby="booking-step-heading" className="min-w-0 flex-1 space-y-4">
          <div>
            {reschedule ? null : (
              <p className="text-sm text-ink-muted">
                {t("booking.stepCount", { current: steps.indexOf(step) + 1, total: steps.length })}
              </p>
            )}
            <StepHeading key={step} id="booking-step-heading">
              {reschedule && step === "details"
                ? t("booking.reschedule.stepConfirm")
                : t(`booking.step.${step}`)}
            </StepHeading>
          </div>
          {catalogueStale && step !== "datetime" ? <StaleNotice message={t("error.staleData")} /> : null}
          {step === "location" ? <LocationStep params={params} locations={catalogue.locations} /> : null}
          {step === "service" ? (
            <ServiceStep
              params={params}
              services={services}
              categories={catalogue.categories}
              serverNow={serverNow}
            />
          ) : null}
          {step === "addOns" && service ? (
            <AddOnsStep params={params} service={service} currency={env.BUSINESS_CURRENCY} />
          ) : null}
          {step === "staff" ? (
            <StaffStep params={params} staff={eligibleStaff} serverNow={serverNow} />
          ) : null}
          {step === "datetime" && location && service && staff ? (
            <DateTimeStep
              params={params}
              locationTitle={location.title}
              bookingWindowDays={service.bookingWindowDays}
              firstMonth={firstMonth}
              serverNow={serverNow}
              savedTimeZone={savedTimeZone}
            />
          ) : null}
          {reschedule && step === "details" ? (
            <RescheduleStep
              params={params}
              appointmentId={reschedule.appointmentId}
              currentStartsAt={reschedule.startsAt}
              contact={contact}
              requestedUnavailable={requestedUnavailable}
            />
          ) : null}
          {!reschedule && step === "details" && location && service && staff && params.time ? (
            <PhoneCountries>
              <DetailsStep
                params={params}
                startsAt={params.time}
                locationTitle={location.title}
                locationTimeZone={locationTimeZone}
                cancelNoticeHours={env.CANCEL_NOTICE_HOURS}
                contact={contact}
                serverNow={serverNow}
                requestedUnavailable={requestedUnavailable}
                prefill={contactPrefill({
                  name: params.name ?? returning.name,
                  phone: params.phone ?? returning.phone,
                  defaultCountry: defaultPhoneCountry(
                    catalogue.locations.map((each) => each.phone),
                    locale,
                    location.phone,
                  ),
                })}
              />
            </PhoneCountries>
          ) : null}
        </section>
      </div>
    </div>
  );
}
