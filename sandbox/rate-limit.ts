const WINDOW_MS = 60_000;

/**
 * Rolling one-minute budget per API key. It runs on real time, not the sandbox clock, so a frozen
 * clock never freezes the window.
 */
export class RateLimiter {
  private readonly accepted = new Map<string, number[]>();

  constructor(private limitPerMinute: number) {}

  setLimit(limitPerMinute: number): void {
    this.limitPerMinute = limitPerMinute;
  }

  /** Records the request when it is within budget; a limit of 0 turns limiting off. */
  allow(key: string, at: number = performance.now()): boolean {
    if (this.limitPerMinute <= 0) return true;
    const recent = (this.accepted.get(key) ?? []).filter((time) => time > at - WINDOW_MS);
    const allowed = recent.length < this.limitPerMinute;
    if (allowed) recent.push(at);
    this.accepted.set(key, recent);
    return allowed;
  }

  clear(): void {
    this.accepted.clear();
  }
}
