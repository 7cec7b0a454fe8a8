import "server-only";
import { storeHealth } from "@/lib/store";
import { upstreamReachable } from "@/lib/whautomate/reachability";
import { createHealthCheck } from "./health-check";

export type { HealthReport } from "./health-check";

/** This instance's health, shared by every request to `/api/health`. */
export const checkHealth = createHealthCheck({ upstream: () => upstreamReachable(), store: storeHealth });
