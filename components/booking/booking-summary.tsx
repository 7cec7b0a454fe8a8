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
    // In a narrow summary (a phone, the column beside the step) the label sits above its value.
    <div className="grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-4 gap-y-0.5 py-2 @xs:grid-cols-[6rem_minmax(0,1fr)_auto]">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="col-span-2 row-start-2 font-medium @xs:col-span-1 @xs:col-start-2 @xs:row-start-1">
        {value}
      </dd>
      {changes ? (
        <dd className="col-start-2 row-start-1 @xs:col-start-3">
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
  className = "",
}: {
  selection: BookingSelection;
  locationCount: number;
  /** The appointment being moved: its location, service and staff member cannot change. */
  moving?: { startsAt: string } | null;
  className?: string;
}) {
  const { t, locale } = await getI18n();
  const { step, params, location, service, addOns, staff } = selection;
  if (!location || (!service && locationCount === 1)) return null;
  const change = t("booking.change");
  const fixedChoices = moving !== null;
  return (
    <section
      aria-labelledby="booking-summary-heading"
      className={`@container rounded-card border border-line bg-surface px-4 py-2 ${className}`}
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
              changes={fixedChoices ? undefined : { change: "addOns" }}
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
          <SummaryRow
            label={t("booking.reschedule.from")}
            value={<ClientTime startsAt={moving.startsAt} />}
            params={params}
          />
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
