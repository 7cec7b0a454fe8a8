import type { Metadata } from "next";
import { Suspense } from "react";
import { renderBookingPage } from "@/components/booking/booking-page";
import { BookingSkeleton } from "@/components/booking/booking-skeleton";
import { parseBookingParams } from "@/lib/booking/booking-params";
import { getI18n } from "@/lib/i18n/server";

// React reveals a part streamed in after the first paint no sooner than 300 ms after it: a page
// whose reads finish within this wait goes out whole, its slots in the first HTML. A slower one
// shows the skeleton at once and streams in when it is ready.
const WHOLE_PAGE_WAIT_MS = 1_000;

/** The promise's value if it settles within `ms`, else null (and the timer is not left running). */
async function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, ms, null)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

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
  const ready = await settledWithin(page, WHOLE_PAGE_WAIT_MS);
  return ready ?? <Suspense fallback={<BookingSkeleton />}>{page}</Suspense>;
}
