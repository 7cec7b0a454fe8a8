import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BookingConfirmation } from "@/components/booking/booking-confirmation";
import { ErrorPanel } from "@/components/ui/error-panel";
import { readConfirmationView } from "@/lib/booking/owned-confirmation";
import { userMessageKey } from "@/lib/errors/user-message";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("booking.confirmation.titleOther") };
}

const previousStart = z.iso.datetime({ offset: true }).transform((text) => new Date(text).toISOString());

export default async function BookingConfirmationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query, { t }] = await Promise.all([params, searchParams, getI18n()]);
  const from = previousStart.safeParse(query.from);
  const owned = await readConfirmationView(id).catch((error: unknown) => userMessageKey(error));
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
  return (
    <BookingConfirmation
      confirmation={owned}
      previousStartsAt={from.success ? from.data : null}
      justBooked={query.booked === "1"}
    />
  );
}
