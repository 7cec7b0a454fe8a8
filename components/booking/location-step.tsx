import type { BookingParams } from "@/lib/booking/booking-params";
import { getI18n } from "@/lib/i18n/server";
import type { Location } from "@/lib/whautomate/types";
import { BookingLink } from "./booking-link";
import { choiceLinkStyles } from "./choice-styles";

export async function LocationStep({ params, locations }: { params: BookingParams; locations: Location[] }) {
  const { t } = await getI18n();
  if (locations.length === 0) return <p className="text-ink-muted">{t("booking.locationsEmpty")}</p>;
  return (
    <ul className="space-y-3">
      {locations.map((location) => (
        <li key={location.id}>
          <BookingLink base={params} changes={{ location: location.id }} className={choiceLinkStyles}>
            <span>
              <span className="block font-medium text-ink">{location.title}</span>
              {location.address ? (
                <span className="block text-sm text-ink-muted">{location.address}</span>
              ) : null}
            </span>
            <span aria-hidden="true" className="inline-block text-brand rtl:-scale-x-100">
              →
            </span>
          </BookingLink>
        </li>
      ))}
    </ul>
  );
}
