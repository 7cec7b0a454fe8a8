import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { holdWhileOffline } from "@/components/ui/connection";
import {
  bookingHref,
  parseBookingParams,
  type BookingParamChanges,
  type BookingParams,
} from "@/lib/booking/booking-params";

/**
 * The journey's parameters as they are in the URL now: the server's choices (`base`) plus the
 * month, day, time and zone the browser changed. `replace` rewrites the URL in place without a
 * server round trip (for choices within a step); `push` goes to another step.
 */
export function useBookingUrl(base: BookingParams) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const current = useMemo(() => {
    const live = parseBookingParams(searchParams);
    return { ...base, month: live.month, date: live.date, time: live.time ?? base.time, tz: live.tz };
  }, [base, searchParams]);
  const replace = useCallback(
    (changes: BookingParamChanges) => window.history.replaceState(null, "", bookingHref(current, changes)),
    [current],
  );
  const push = useCallback(
    (changes: BookingParamChanges) => {
      if (!holdWhileOffline()) router.push(bookingHref(current, changes));
    },
    [current, router],
  );
  return { current, replace, push, href: (changes: BookingParamChanges) => bookingHref(current, changes) };
}
