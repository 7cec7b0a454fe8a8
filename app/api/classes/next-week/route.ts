// Where an empty (filtered) week points the visitor to: the Monday of the next week with a match.
import { findNextClassWeek } from "@/components/classes/server/next-class-week";
import { nextClassWeekInput } from "@/lib/classes/schemas";
import { readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";

export const GET = readRoute({
  // A filter left out of the query string is no filter.
  input: (search) => ({
    week: search.get("week"),
    timeZone: search.get("timeZone"),
    locationId: search.get("locationId"),
    instructorId: search.get("instructorId"),
    serviceId: search.get("serviceId"),
  }),
  schema: nextClassWeekInput,
  limit: limits.classReadsPerIp,
  caching: "public",
  read: async ({ week, timeZone, ...filters }) => ({
    week: await findNextClassWeek(week, timeZone, filters),
  }),
});
