import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { ErrorPanel } from "@/components/ui/error-panel";
import { bookingHref, type BookingParams } from "@/lib/booking/booking-params";
import { readRequestedTime } from "@/lib/booking/requested-time";
import { resolveBookingSelection } from "@/lib/booking/booking-selection";
import { readMonthEarly } from "@/lib/booking/early-month-read";
import { loadBookingCatalogue } from "@/lib/booking/load-catalogue";
import { loadRescheduleTarget, rescheduleSelection } from "@/lib/booking/reschedule-target";
import { returningClientPrefill } from "@/lib/booking/returning-client";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import { SAVED_TIME_ZONE_COOKIE, savedTimeZone } from "@/lib/time/saved-time-zone";
import { todayInZone } from "@/lib/time/zoned";
import { BookingJourney } from "./booking-journey";
import { loadFirstMonth } from "./first-month";
import { RescheduleBlocked } from "./reschedule-blocked";

/** The booking page for the URL's choices, with everything it reads from Whautomate already in. */
export async function renderBookingPage(requested: BookingParams, now = new Date()) {
  const { t } = await getI18n();
  let params = requested;
  const savedZone = savedTimeZone((await cookies()).get(SAVED_TIME_ZONE_COOKIE)?.value);
  const today = todayInZone(params.tz ?? savedZone ?? "UTC", now);
  const early = readMonthEarly(params, today);
  const [catalogueRead, target] = await Promise.all([
    loadBookingCatalogue(),
    params.reschedule ? loadRescheduleTarget(params.reschedule) : null,
  ]).catch((error: unknown) => [userMessageKey(error), null] as const);
  if (target?.kind === "not_found") notFound();
  if (target && target.kind !== "movable") return <RescheduleBlocked target={target} />;
  if (target) {
    // Moving keeps what was booked: only the day and time are the client's to choose.
    const fixed = rescheduleSelection(target.appointment);
    params = {
      ...params,
      location: fixed.locationId,
      service: fixed.serviceId,
      addOns: fixed.addOnIds.join(","),
      staff: fixed.staffId,
    };
  }
  if (typeof catalogueRead === "string") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">{t("booking.title")}</h1>
        <ErrorPanel
          message={t(catalogueRead)}
          retryHref={bookingHref(params)}
          retryLabel={t("booking.loadFailedRetry")}
        />
      </div>
    );
  }
  const { catalogue, stale: catalogueStale } = catalogueRead;
  const selection = resolveBookingSelection(params, catalogue);
  const { step, service, addOns } = selection;
  if (target && step !== "datetime" && step !== "details") {
    return (
      <RescheduleBlocked
        target={{ kind: "refused", appointment: target.appointment, reason: "not_changeable" }}
      />
    );
  }
  const details =
    step === "details" && service && addOns && params.staff && params.time
      ? await Promise.all([
          returningClientPrefill(),
          readRequestedTime(service, addOns, params.staff, params.time, params.tz ?? savedZone ?? "UTC"),
        ]).then(([returning, requested]) => ({
          returning,
          locationTimeZone: requested?.locationTimeZone ?? null,
          requestedUnavailable: requested?.unavailable ?? null,
        }))
      : { returning: {}, locationTimeZone: null, requestedUnavailable: null };
  return (
    <BookingJourney
      selection={selection}
      catalogue={catalogue}
      catalogueStale={catalogueStale}
      firstMonth={await loadFirstMonth({ selection, early, today, catalogueStale })}
      serverNow={now.toISOString()}
      savedTimeZone={savedZone}
      {...details}
      reschedule={
        target ? { appointmentId: target.appointment.id, startsAt: target.appointment.startsAt } : undefined
      }
    />
  );
}
