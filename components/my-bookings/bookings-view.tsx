import { Link } from "@/components/ui/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import { buttonStyles } from "@/components/ui/button-styles";
import { groupBookings } from "@/lib/my-bookings/group";
import { toListItems } from "@/lib/my-bookings/list-items";
import { listClientBookings } from "@/lib/my-bookings/owned";
import type { ClientBooking } from "@/lib/my-bookings/types";
import { readLocationContacts } from "@/lib/contact/location-contacts";
import { env } from "@/lib/env";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";
import type { Session } from "@/lib/session/session-payload";
import { BookingsAnnouncer } from "./bookings-announcer";
import { BookingsSection } from "./bookings-section";

/** The signed-in client's bookings in three sections; the client id comes from the session only. */
export async function BookingsView({ viewer }: { viewer: Session }) {
  const { t } = await getI18n();
  let bookings: ClientBooking[];
  try {
    bookings = await listClientBookings(viewer);
  } catch (error) {
    return (
      <ErrorPanel
        message={t(userMessageKey(error))}
        retryHref="/bookings"
        retryLabel={t("bookings.loadFailedRetry")}
      />
    );
  }
  if (bookings.length === 0) return <NoBookingsYet />;

  const now = new Date();
  const noticeHours = env.CANCEL_NOTICE_HOURS;
  const groups = groupBookings(bookings, now);
  const shared = {
    business: env.BUSINESS_NAME,
    currency: env.BUSINESS_CURRENCY,
    noticeHours,
    contacts: await readLocationContacts(),
  };
  return (
    <BookingsAnnouncer>
      <div className="space-y-8">
        <BookingsSection
          name="upcoming"
          items={toListItems(groups.upcoming, { now, noticeHours, changeable: true })}
          {...shared}
        />
        <BookingsSection
          name="past"
          items={toListItems(groups.past, { now, noticeHours, changeable: false })}
          {...shared}
        />
        <BookingsSection
          name="cancelled"
          items={toListItems(groups.cancelled, { now, noticeHours, changeable: false })}
          {...shared}
        />
      </div>
    </BookingsAnnouncer>
  );
}

async function NoBookingsYet() {
  const { t } = await getI18n();
  return (
    <div className="space-y-3 rounded-card border border-line bg-surface p-5">
      <h2 className="text-xl font-semibold">{t("bookings.empty")}</h2>
      <p className="text-ink-muted">{t("bookings.emptyHint")}</p>
      <div className="flex flex-wrap gap-2">
        <Link href="/book" className={buttonStyles.primary}>
          {t("bookings.bookAppointment")}
        </Link>
        <Link href="/classes" className={buttonStyles.secondary}>
          {t("bookings.browseClasses")}
        </Link>
      </div>
    </div>
  );
}
