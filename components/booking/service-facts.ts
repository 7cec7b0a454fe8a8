import { env } from "@/lib/env";
import { formatDuration, formatPrice } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { Service } from "@/lib/whautomate/types";

/** "45 min · £60.00": how long a service takes and what it costs, as the cards and summary say it. */
export function serviceFacts(
  service: Pick<Service, "durationMinutes" | "price">,
  t: Translate,
  locale: string,
): string {
  return t("booking.serviceFacts", {
    duration: formatDuration(service.durationMinutes, locale),
    price:
      service.price === null
        ? t("booking.priceOnRequest")
        : formatPrice(service.price, env.BUSINESS_CURRENCY, locale),
  });
}
