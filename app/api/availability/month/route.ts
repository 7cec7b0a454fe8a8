// The calendar's month: every eligible staff member's free slots, for the browser to group by its dates.
import { monthAvailabilityInput } from "@/components/booking/availability-input";
import { loadMonthAvailability } from "@/lib/booking/month-loader";
import { parseAddOnIds } from "@/lib/booking/add-ons";
import { resolveSlotScope } from "@/lib/booking/slot-scope";
import { ReadRefusedError, readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";

export const GET = readRoute({
  input: (search) => Object.fromEntries(search),
  schema: monthAvailabilityInput,
  limit: limits.availabilityPerIp,
  caching: "public",
  read: async (input) => {
    const resolved = await resolveSlotScope({ ...input, addOnIds: parseAddOnIds(input.addOns) ?? [] });
    if (!resolved) throw new ReadRefusedError("invalid");
    const month = await loadMonthAvailability(resolved.scope, input.month);
    return { ...month, stale: month.stale || resolved.stale };
  },
});
