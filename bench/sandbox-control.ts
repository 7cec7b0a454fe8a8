import { sandboxUrl } from "./config";

export interface UpstreamStats {
  total: number;
  byRoute: Record<string, number>;
  status429: number;
  status500: number;
}

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandboxUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export const upstream = {
  stats: () => control<UpstreamStats>("/__sandbox/stats"),
  /** Reseeds, and clears the stats and the rate-limit window. */
  reset: () => control("/__sandbox/reset", { now: null }),
  setRateLimit: (rateLimitRpm: number) => control("/__sandbox/settings", { rateLimitRpm }),
};
