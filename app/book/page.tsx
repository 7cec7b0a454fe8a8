import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { BookingJourney } from "@/components/booking/booking-journey";
import { startFirstMonth } from "@/components/booking/first-month";
import { RescheduleBlocked } from "@/components/booking/reschedule-blocked";
import { ErrorPanel } from "@/components/ui/error-panel";
import { bookingHref, parseBookingParams } from "@/lib/booking/booking-params";
import { resolveBookingSelection } from "@/lib/booking/booking-selection";
import { readMonthEarly } from "@/lib/booking/early-month-read";
import { loadBookingCatalogue } from "@/lib/booking/load-catalogue";
import { readLocationTimeZone } from "@/lib/booking/location-time-zone";
import { loadRescheduleTarget, rescheduleSelection } from "@/lib/booking/reschedule-target";
import { returningClientPrefill } from "@/lib/booking/returning-client";
import { SAVED_TIME_ZONE_COOKIE, savedTimeZone } from "@/lib/booking/saved-time-zone";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import { todayInZone } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("booking.title") };
}

export default async function BookPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { t } = await getI18n();
  let params = parseBookingParams(await searchParams);
  const now = new Date();
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
    params = { ...params, location: fixed.locationId, service: fixed.serviceId, staff: fixed.staffId };
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
  const { step, location, service, eligibleStaff } = selection;
  if (target && step !== "datetime" && step !== "details") {
    return (
      <RescheduleBlocked
        target={{ kind: "refused", appointment: target.appointment, reason: "not_changeable" }}
      />
    );
  }
  const details =
    step === "details" && location && service && params.time
      ? await Promise.all([
          returningClientPrefill(),
          readLocationTimeZone({
            locationId: location.id,
            serviceId: service.id,
            staffId: eligibleStaff[0]?.id,
            date: params.time.slice(0, 10),
          }),
        ]).then(([returning, locationTimeZone]) => ({ returning, locationTimeZone }))
      : { returning: {}, locationTimeZone: null };
  return (
    <BookingJourney
      selection={selection}
      catalogue={catalogue}
      catalogueStale={catalogueStale}
      firstMonth={startFirstMonth({ selection, early, today, catalogueStale, t })}
      serverNow={now.toISOString()}
      savedTimeZone={savedZone}
      {...details}
      reschedule={
        target ? { appointmentId: target.appointment.id, startsAt: target.appointment.startsAt } : undefined
      }
    />
  );
}
