"use client";

import { Link } from "@/components/ui/link";
import { useSearchParams } from "next/navigation";
import type { ComponentProps } from "react";
import {
  bookingHref,
  parseBookingParams,
  type BookingParamChanges,
  type BookingParams,
} from "@/lib/booking/booking-params";

/**
 * A link to another step. The server's choices (`base`) are combined with the month, day and time
 * zone the browser may have changed in the URL since the page was rendered.
 */
export function BookingLink({
  base,
  changes,
  ...link
}: { base: BookingParams; changes: BookingParamChanges } & Omit<ComponentProps<typeof Link>, "href">) {
  const live = parseBookingParams(useSearchParams());
  const href = bookingHref({ ...base, month: live.month, date: live.date, tz: live.tz }, changes);
  return <Link {...link} href={href} />;
}
