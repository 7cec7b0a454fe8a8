import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookingConfirmation } from "@/components/booking/booking-confirmation";
import { ErrorPanel } from "@/components/ui/error-panel";
import { readOwnedConfirmation } from "@/lib/booking/owned-confirmation";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("booking.confirmation.titleOther") };
}

export default async function BookingConfirmationPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, { t }] = await Promise.all([params, getI18n()]);
  const owned = await readOwnedConfirmation(id).catch((error: unknown) => userMessageKey(error));
  if (owned === null) notFound();
  if (typeof owned === "string") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">{t("booking.confirmation.titleOther")}</h1>
        <ErrorPanel
          message={t(owned)}
          retryHref={`/bookings/${encodeURIComponent(id)}`}
          retryLabel={t("booking.loadFailedRetry")}
        />
      </div>
    );
  }
  return <BookingConfirmation appointment={owned.appointment} location={owned.location} />;
}
