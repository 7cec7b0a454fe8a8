// For load balancers and uptime checks: whether this instance can serve bookings. Says nothing
// else (no versions, hosts or keys), and asks the upstream at most once per 10 s however often it is
// called (lib/health).
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "unavailable" ? 503 : 200,
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
