import "server-only";
import { z } from "zod";
import { defaultHttp } from "./client";
import type { WhautomateHttp } from "./http";

/**
 * True when the upstream answers one small authenticated read (the first location) in time. One
 * request, with the same retries as every read; the health check caches its answer.
 */
export async function upstreamReachable(http: WhautomateHttp = defaultHttp()): Promise<boolean> {
  try {
    await http.request("GET", "/v1/locations", {
      query: { page: 1, limit: 1 },
      schema: z.array(z.unknown()),
      timeoutMs: 3_000,
    });
    return true;
  } catch {
    return false;
  }
}
