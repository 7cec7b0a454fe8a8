import { Link } from "@/components/ui/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { ContactLinks } from "@/components/ui/contact-links";
import { readLocationContacts } from "@/lib/contact/location-contacts";
import type { RescheduleTarget } from "@/lib/booking/reschedule-target";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

/** Why this appointment cannot be moved here, and where to go instead. */
export async function RescheduleBlocked({
  target,
}: {
  target: Extract<RescheduleTarget, { kind: "signed_out" | "refused" }>;
}) {
  const { t } = await getI18n();
  const signedOut = target.kind === "signed_out";
  const contact = signedOut
    ? null
    : ((await readLocationContacts())[target.appointment.location.id]?.phone ?? null);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t("booking.reschedule.title")}</h1>
      <div role="alert" className="rounded-card border border-line bg-surface p-4">
        <p>
          {signedOut
            ? t("booking.reschedule.signedOut")
            : t("booking.reschedule.notAllowed", { business: env.BUSINESS_NAME })}
        </p>
        <ContactLinks phone={contact} />
      </div>
      <Link
        href={signedOut ? "/bookings" : `/bookings/${encodeURIComponent(target.appointment.id)}`}
        className={buttonStyles.primary}
      >
        {signedOut ? t("booking.reschedule.signIn") : t("bookings.viewDetails")}
      </Link>
    </div>
  );
}
