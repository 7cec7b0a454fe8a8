import type { Metadata } from "next";
import { Suspense } from "react";
import { renderBookingPage } from "@/components/booking/booking-page";
import { BookingSkeleton } from "@/components/booking/booking-skeleton";
import { WidePage } from "@/components/ui/wide-page";
import { parseBookingParams } from "@/lib/booking/booking-params";
import { getI18n } from "@/lib/i18n/server";
import { settledWithin } from "@/lib/rendering/whole-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("booking.title") };
}

export default async function BookPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const page = renderBookingPage(parseBookingParams(await searchParams));
  // Whole when its reads are quick, else the skeleton at once and the page streamed in.
  const ready = await settledWithin(page);
  return (
    <WidePage width="booker">{ready ?? <Suspense fallback={<BookingSkeleton />}>{page}</Suspense>}</WidePage>
  );
}
