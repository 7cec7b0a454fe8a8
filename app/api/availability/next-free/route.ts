// The service and staff cards' next free times, read after the page so they never hold it up.
import { nextFreeInput } from "@/components/booking/availability-input";
import { parseAddOnIds } from "@/lib/booking/add-ons";
import { loadNextFreeTimes } from "@/lib/booking/next-free";
import { ReadRefusedError, readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";

export const GET = readRoute({
  input: (search) => Object.fromEntries(search),
  schema: nextFreeInput,
  limit: limits.availabilityPerIp,
  caching: "public",
  read: async (input) => {
    const times = await loadNextFreeTimes({ ...input, addOnIds: parseAddOnIds(input.addOns) ?? [] });
    if (!times) throw new ReadRefusedError("invalid");
    return times;
  },
});
