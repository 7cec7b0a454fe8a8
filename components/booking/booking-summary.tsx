import type { ReactNode } from "react";
import { MapLink } from "@/components/ui/map-link";
import type { BookingParamChanges, BookingParams } from "@/lib/booking/booking-params";
import type { BookingSelection } from "@/lib/booking/booking-selection";
import { totalOf } from "@/lib/booking/add-ons";
import { ANY_STAFF } from "@/lib/booking/types";
import { mapSearchHref } from "@/lib/contact/map-link";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";
import { AddOnList } from "./add-on-list";
import { BookingLink } from "./booking-link";
import { serviceFacts } from "@/lib/booking/service-facts";
import { ClientTime, SelectedTime } from "./selected-time";

function SummaryRow({
  label,
  value,
  params,
  changes,
  changeLabel,
  changeText,
}: {
  label: string;
  value: ReactNode;
  params: BookingParams;
  changes?: BookingParamChanges;
  changeLabel?: string;
  changeText?: string;
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
      <dt className="w-24 shrink-0 text-sm text-ink-muted">{label}</dt>
      <dd className="min-w-0 flex-1 font-medium">{value}</dd>
      {changes ? (
        <dd>
          <BookingLink base={params} changes={changes} className="text-sm font-medium text-brand underline">
            <span aria-hidden="true">{changeText}</span>
            <span className="sr-only">{changeLabel}</span>
          </BookingLink>
        </dd>
      ) : null}
    </div>
  );
}

/** What has been chosen so far, each with a way back to change it. */
export async function BookingSummary({
  selection,
  locationCount,
  moving = null,
}: {
  selection: BookingSelection;
  locationCount: number;
  /** The appointment being moved: its location, service and staff member cannot change. */
  moving?: { startsAt: string } | null;
}) {
  const { t, locale } = await getI18n();
  const { step, params, location, service, addOns, staff } = selection;
  if (!location || (!service && locationCount === 1)) return null;
  const change = t("booking.change");
  const fixedChoices = moving !== null;
  return (
    <section
      aria-labelledby="booking-summary-heading"
      className="rounded-card border border-line bg-surface px-4 py-2"
    >
      <h2 id="booking-summary-heading" className="sr-only">
        {t("booking.summary.heading")}
      </h2>
      <dl className="divide-y divide-line">
        <SummaryRow
          label={t("booking.summary.location")}
          value={
            <>
              {location.title}
              {location.address ? (
                <bdi className="block text-sm font-normal text-ink-muted">{location.address}</bdi>
              ) : null}
              <MapLink href={mapSearchHref(location.address)} location={location.title} />
            </>
          }
          params={params}
          changes={locationCount > 1 && !fixedChoices ? { location: null } : undefined}
          changeLabel={t("booking.summary.changeLocation")}
          changeText={change}
        />
        {service ? (
          <SummaryRow
            label={t("booking.summary.service")}
            value={
              <>
                {service.name}
                <span className="block text-sm font-normal text-ink-muted">
                  {serviceFacts(service, t, locale, env.BUSINESS_CURRENCY)}
                </span>
              </>
            }
            params={params}
            changes={fixedChoices ? undefined : { service: null }}
            changeLabel={t("booking.summary.changeService")}
            changeText={change}
          />
        ) : null}
        {service && addOns && service.addOns.length > 0 ? (
          <>
            <SummaryRow
              label={t("booking.summary.addOns")}
              value={addOns.length > 0 ? <AddOnList addOns={addOns} /> : t("booking.summary.noAddOns")}
              params={params}
              changes={fixedChoices ? undefined : { addOns: null }}
              changeLabel={t("booking.summary.changeAddOns")}
              changeText={change}
            />
            {addOns.length > 0 ? (
              <SummaryRow
                label={t("booking.summary.total")}
                value={serviceFacts(totalOf(service, addOns), t, locale, env.BUSINESS_CURRENCY)}
                params={params}
              />
            ) : null}
          </>
        ) : null}
        {staff ? (
          <SummaryRow
            label={t("booking.summary.staff")}
            value={staff === ANY_STAFF ? t("booking.anyStaff") : staff.name}
            params={params}
            changes={fixedChoices ? undefined : { staff: null }}
            changeLabel={t("booking.summary.changeStaff")}
            changeText={change}
          />
        ) : null}
        {moving && step === "datetime" ? (
          <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
            <dt className="w-24 shrink-0 text-sm text-ink-muted">{t("booking.reschedule.from")}</dt>
            <dd className="min-w-0 flex-1 font-medium">
              <ClientTime startsAt={moving.startsAt} />
            </dd>
          </div>
        ) : null}
        {step === "details" ? (
          <SummaryRow
            label={t("booking.summary.when")}
            value={<SelectedTime />}
            params={params}
            changes={{ time: null }}
            changeLabel={t("booking.summary.changeTime")}
            changeText={change}
          />
        ) : null}
        {step === "details" && service && service.price !== 0 ? (
          <SummaryRow
            label={t("booking.summary.payment")}
            value={
              <span className="font-normal">
                {service.paysOnline
                  ? t("booking.payment.online", { business: env.BUSINESS_NAME })
                  : t("booking.payment.atVisit", { location: location.title })}
              </span>
            }
            params={params}
          />
        ) : null}
      </dl>
    </section>
  );
}
