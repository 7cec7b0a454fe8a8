import { formatDuration, formatPrice } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { ServiceSummary } from "@/lib/whautomate/types";

type Facts = Pick<ServiceSummary, "durationMinutes" | "price">;

/** "45 min · £60.00": how long a service takes and what it costs, as the cards and summary say it. */
export function serviceFacts(service: Facts, t: Translate, locale: string, currency: string): string {
  return t("booking.serviceFacts", {
    duration: formatDuration(service.durationMinutes, locale),
    price:
      service.price === null ? t("booking.priceOnRequest") : formatPrice(service.price, currency, locale),
  });
}

/** "+15 min · +£20.00": what an add-on adds to the appointment's length and price. */
export function addOnFacts(addOn: Facts, t: Translate, locale: string, currency: string): string {
  const duration = formatDuration(addOn.durationMinutes, locale);
  return addOn.price === null
    ? t("booking.addOns.factsNoPrice", { duration })
    : t("booking.addOns.facts", { duration, price: formatPrice(addOn.price, currency, locale) });
}
