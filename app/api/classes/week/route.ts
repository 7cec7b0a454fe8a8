// One week of the timetable in the visitor's zone, with the signed-in client's own places.
import { loadTimetableWeek } from "@/components/classes/server/timetable-week";
import { timetableWeekInput } from "@/lib/classes/schemas";
import { readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";

export const GET = readRoute({
  input: (search) => Object.fromEntries(search),
  schema: timetableWeekInput,
  limit: limits.classReadsPerIp,
  caching: "private",
  read: async ({ week, timeZone }) => loadTimetableWeek(week, timeZone, await readSession()),
});
