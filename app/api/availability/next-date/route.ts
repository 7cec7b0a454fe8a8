// For an empty month: the first free date after it, within the service's booking window.
import { nextAvailableInput } from "@/components/booking/availability-input";
import { findNextAvailableDate } from "@/lib/booking/month-loader";
import { parseAddOnIds } from "@/lib/booking/add-ons";
import { resolveSlotScope } from "@/lib/booking/slot-scope";
import { ReadRefusedError, readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";

export const GET = readRoute({
  input: (search) => Object.fromEntries(search),
  schema: nextAvailableInput,
  limit: limits.availabilityPerIp,
  caching: "public",
  read: async ({ month, timeZone, ...selection }) => {
    const resolved = await resolveSlotScope({
      ...selection,
      addOnIds: parseAddOnIds(selection.addOns) ?? [],
    });
    if (!resolved) throw new ReadRefusedError("invalid");
    const { scope, service } = resolved;
    return { date: await findNextAvailableDate(scope, month, timeZone, service.bookingWindowDays) };
  },
});
