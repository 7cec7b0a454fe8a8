// The later dates of a class's weekly series, with the visitor's own places and whether they may
// book several at once.
import { loadClassSeries } from "@/components/classes/server/class-series";
import { classIdSchema } from "@/lib/classes/schemas";
import { readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";

export const GET = readRoute({
  input: (_search, params: { id: string }) => params.id,
  schema: classIdSchema,
  limit: limits.classReadsPerIp,
  caching: "private",
  read: async (classId) => loadClassSeries(classId, await readSession()),
});
