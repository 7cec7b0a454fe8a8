export interface StatsSnapshot {
  total: number;
  byRoute: Record<string, number>;
  status429: number;
  status500: number;
}

/** Counts /v1 traffic so tests can assert how hard the app leans on the upstream. */
export class TrafficStats {
  private snapshot: StatsSnapshot = emptyStats();

  countRequest(routeKey: string | null): void {
    this.snapshot.total += 1;
    if (routeKey !== null) this.snapshot.byRoute[routeKey] = (this.snapshot.byRoute[routeKey] ?? 0) + 1;
  }

  countStatus(status: number): void {
    if (status === 429) this.snapshot.status429 += 1;
    if (status === 500) this.snapshot.status500 += 1;
  }

  read(): StatsSnapshot {
    return structuredClone(this.snapshot);
  }

  clear(): void {
    this.snapshot = emptyStats();
  }
}

function emptyStats(): StatsSnapshot {
  return { total: 0, byRoute: {}, status429: 0, status500: 0 };
}
