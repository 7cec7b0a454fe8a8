import "server-only";
import type { BookingSelection } from "@/lib/booking/booking-selection";
import { readMonth, type MonthRead } from "@/lib/booking/early-month-read";
import { bookableMonths, monthToShow } from "@/lib/booking/month";
import { slotScopeOf } from "@/lib/booking/slot-scope";
import { readFailureCode } from "@/lib/http/read-route";
import { availabilityKeys, monthInputOf } from "./keys";
import type { FirstMonth } from "./use-month-availability";

/**
 * The month the calendar opens on, read on the server so its slots are in the page's HTML.
 * `today` is in the best zone the server knows; a browser whose "today" falls in another month
 * reads its own. Null before the date and time step.
 */
export async function loadFirstMonth(input: {
  selection: BookingSelection;
  early: MonthRead | null;
  today: string;
  catalogueStale: boolean;
}): Promise<FirstMonth | null> {
  const { selection, early, today, catalogueStale } = input;
  const { step, params, service, addOns } = selection;
  const scope =
    step === "datetime" && service && addOns && params.staff
      ? slotScopeOf(
          service,
          params.staff,
          addOns.map((addOn) => addOn.id),
        )
      : null;
  if (!service || !scope) return null;
  const month = monthToShow(params, bookableMonths(today, service.bookingWindowDays));
  const queryKey = availabilityKeys.month(monthInputOf(params, month));
  try {
    const availability = await readMonth(scope, month, early);
    return {
      queryKey,
      data: { ...availability, stale: availability.stale || catalogueStale },
      readAt: Date.now(),
    };
  } catch (error) {
    return { queryKey, failure: readFailureCode(error) };
  }
}
