"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { buttonStyles } from "@/components/ui/button-styles";
import { parseAddOnIds, totalOf, type ServiceWithAddOns } from "@/lib/booking/add-ons";
import type { BookingParams } from "@/lib/booking/booking-params";
import { BookingLink } from "./booking-link";
import { addOnFacts, serviceFacts } from "@/lib/booking/service-facts";
import { useBookingUrl } from "./use-booking-url";

/** The service's extras as checkboxes, with the appointment's length and price as they add up. */
export function AddOnsStep({
  params,
  service,
  currency,
}: {
  params: BookingParams;
  service: ServiceWithAddOns;
  /** The business's ISO 4217 currency. */
  currency: string;
}) {
  const { t, locale } = useI18n();
  const url = useBookingUrl(params);
  // Ticked as the link has them when the client came back to change them.
  const [chosenIds, setChosenIds] = useState(() => parseAddOnIds(params.addOns ?? "") ?? []);
  const chosen = service.addOns.filter((addOn) => chosenIds.includes(addOn.id));
  const toggle = (id: string, checked: boolean) =>
    setChosenIds((ids) => (checked ? [...ids, id] : ids.filter((each) => each !== id)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    url.push({ addOns: chosen.map((addOn) => addOn.id).join(",") });
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <fieldset className="space-y-3" aria-describedby="add-ons-hint">
        <legend className="font-medium">{t("booking.addOns.legend", { service: service.name })}</legend>
        <p id="add-ons-hint" className="text-sm text-ink-muted">
          {t("booking.addOns.hint")}
        </p>
        <ul className="space-y-3">
          {service.addOns.map((addOn) => (
            <li key={addOn.id}>
              <label className="flex min-h-14 w-full cursor-pointer items-center gap-3 rounded-card border border-line bg-surface px-4 py-3 transition hover:border-brand has-[:checked]:border-brand">
                <input
                  type="checkbox"
                  name="addOn"
                  value={addOn.id}
                  checked={chosenIds.includes(addOn.id)}
                  onChange={(event) => toggle(addOn.id, event.target.checked)}
                  className="size-5 shrink-0 accent-brand"
                />
                <span className="flex min-w-0 flex-1 flex-wrap items-baseline justify-between gap-x-3">
                  <span className="font-medium text-ink">{addOn.name}</span>
                  <span className="text-sm text-ink-muted">{addOnFacts(addOn, t, locale, currency)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p role="status" className="font-medium">
        {t("booking.addOns.total", {
          count: chosen.length,
          facts: serviceFacts(totalOf(service, chosen), t, locale, currency),
        })}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <button type="submit" className={buttonStyles.primary}>
          {t("booking.addOns.continue")}
        </button>
        <BookingLink base={params} changes={{ addOns: "" }} className={buttonStyles.quiet}>
          {t("booking.addOns.skip")}
        </BookingLink>
      </div>
    </form>
  );
}
