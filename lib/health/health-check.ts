export type StoreHealth = "ok" | "unreachable" | "memory";

export interface HealthReport {
  /** "ok": serving; "degraded": serving from this instance's memory while Redis is away; "unavailable": cannot book. */
  status: "ok" | "degraded" | "unavailable";
  upstream: "ok" | "unreachable";
  store: StoreHealth;
}

export interface HealthProbes {
  upstream: () => Promise<boolean>;
  store: () => Promise<StoreHealth>;
}

/**
 * What `/api/health` reports. The answer is reused for `ttlMs` and probes running at the same time
 * are shared, so however often the endpoint is called, the upstream sees at most one read per
 * `ttlMs` from this instance.
 */
export function createHealthCheck(
  probes: HealthProbes,
  { ttlMs = 10_000, now = Date.now }: { ttlMs?: number; now?: () => number } = {},
): () => Promise<HealthReport> {
  let latest: { at: number; report: Promise<HealthReport> } | null = null;

  async function probe(): Promise<HealthReport> {
    const [upstreamOk, store] = await Promise.all([probes.upstream(), probes.store()]);
    const upstream = upstreamOk ? "ok" : "unreachable";
    const status = !upstreamOk ? "unavailable" : store === "unreachable" ? "degraded" : "ok";
    return { status, upstream, store };
  }

  return () => {
    if (!latest || now() - latest.at >= ttlMs) latest = { at: now(), report: probe() };
    return latest.report;
  };
}
