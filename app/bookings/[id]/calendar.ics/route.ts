import { appointmentEvent } from "@/lib/booking/appointment-event";
import { icsResponse } from "@/lib/booking/calendar-event";
import { readOwnedConfirmation } from "@/lib/booking/owned-confirmation";
import { env } from "@/lib/env";
import { getI18n } from "@/lib/i18n/server";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const owned = await readOwnedConfirmation(id).catch(() => undefined);
  if (owned === undefined) return new Response("Could not reach the booking system", { status: 503 });
  if (!owned) return new Response("Not found", { status: 404 });
  const { t, locale } = await getI18n();
  const { appointment, location } = owned;
  const event = appointmentEvent(appointment, location?.address ?? null, {
    t,
    locale,
    currency: env.BUSINESS_CURRENCY,
    business: env.BUSINESS_NAME,
  });
  return icsResponse(event, `appointment-${appointment.id}`);
}
