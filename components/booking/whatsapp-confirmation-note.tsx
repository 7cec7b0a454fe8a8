import { appointmentChangeId, readConfirmationDelivery } from "@/lib/confirmations/confirmation-message";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

/**
 * What the client can expect on WhatsApp about a booked or moved appointment, as CONFIRMATIONS says
 * who sends it: nothing is promised when nobody does, and a portal send that failed is said so.
 */
export async function WhatsAppConfirmationNote({
  appointment,
  moved,
}: {
  appointment: { id: string; startsAt: string };
  moved: boolean;
}) {
  if (env.CONFIRMATIONS === "none") return null;
  const { t } = await getI18n();
  if (env.CONFIRMATIONS === "whautomate") {
    return <p className="text-ink-muted">{t("booking.confirmation.whatsApp.whautomate")}</p>;
  }
  const event = moved ? "rescheduled" : "booked";
  const delivery = await readConfirmationDelivery(event, appointmentChangeId(event, appointment));
  // Booked elsewhere, or long ago: the portal sent nothing it could speak for.
  if (delivery === null) return null;
  return (
    <p className={delivery === "failed" ? "font-medium" : "text-ink-muted"}>
      {t(`booking.confirmation.whatsApp.${delivery}`)}
    </p>
  );
}
