import type { LocationContact } from "@/lib/contact/location-contacts";
import type { BookingSection } from "@/lib/my-bookings/group";
import type { BookingListItem } from "@/lib/my-bookings/types";
import { getI18n } from "@/lib/i18n/server";
import { BookingItem } from "./booking-item";
import { bookingKey } from "./booking-key";

export async function BookingsSection({
  name,
  items,
  business,
  currency,
  noticeHours,
  contacts,
}: {
  name: BookingSection;
  items: BookingListItem[];
  business: string;
  /** The business's ISO 4217 currency. */
  currency: string;
  noticeHours: number;
  /** Each location's number and map, by location id. */
  contacts: Record<string, LocationContact>;
}) {
  const { t } = await getI18n();
  const headingId = `bookings-${name}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {t(`bookings.${name}`)}
      </h2>
      {items.length === 0 ? (
        <p className="text-ink-muted">{t(`bookings.sectionEmpty.${name}`)}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={bookingKey(item)}>
              <BookingItem
                item={item}
                section={name}
                business={business}
                currency={currency}
                noticeHours={noticeHours}
                contact={
                  contacts[
                    item.kind === "appointment"
                      ? item.appointment.location.id
                      : item.booking.session.location.id
                  ] ?? null
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
