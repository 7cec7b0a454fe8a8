import type { BusinessPhone } from "@/lib/contact/business-phone";
import type { BookingListItem } from "@/lib/my-bookings/types";
import { getI18n } from "@/lib/i18n/server";
import { BookingItem } from "./booking-item";
import { bookingKey } from "./booking-key";

export type BookingsSectionName = "upcoming" | "past" | "cancelled";

export async function BookingsSection({
  name,
  items,
  business,
  noticeHours,
  contacts,
}: {
  name: BookingsSectionName;
  items: BookingListItem[];
  business: string;
  noticeHours: number;
  /** Each location's number, by location id. */
  contacts: Record<string, BusinessPhone>;
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
                business={business}
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
