// One class as the signed-in client (or a stranger) may see it: their own place, spots left.
import { classVisitorOf, loadClassDetail } from "@/components/classes/server/class-detail";
import { classIdSchema } from "@/lib/classes/schemas";
import { readRoute } from "@/lib/http/read-route";
import { limits } from "@/lib/rate-limit/limits";
import { readSession } from "@/lib/session/session-cookie";

export const GET = readRoute({
  input: (_search, params: { id: string }) => params.id,
  schema: classIdSchema,
  limit: limits.classReadsPerIp,
  caching: "private",
  read: async (classId) => loadClassDetail(classId, classVisitorOf(await readSession(), classId)),
});
