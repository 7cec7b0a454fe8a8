import { listsRoute } from "./router";

/**
 * Keeps /v1 answers back until a test releases them, so a loading state lasts exactly as long as the
 * test needs it to instead of a latency racing the app's own timers. Each answer waits at most the
 * hold's `maxMs`, so a test that never releases cannot leave anything hanging.
 */
export class AnswerHold {
  /** Route keys as in stats ("GET /v1/classes"); [] = every /v1 route; null = nothing is held. */
  private routes: string[] | null = null;
  private maxMs = 0;
  private readonly waiting = new Set<() => void>();

  start(routes: string[], maxMs: number): void {
    this.routes = routes;
    this.maxMs = maxMs;
  }

  catches(route: string | null): boolean {
    return this.routes !== null && listsRoute(this.routes, route);
  }

  /** Resolves on release, or once the hold's longest wait has passed. */
  wait(): Promise<void> {
    return new Promise((resolve) => {
      const answer = () => {
        clearTimeout(timer);
        this.waiting.delete(answer);
        resolve();
      };
      const timer = setTimeout(answer, this.maxMs);
      this.waiting.add(answer);
    });
  }

  /** Ends the hold and lets every held answer go; returns how many there were. */
  release(): number {
    this.routes = null;
    const held = [...this.waiting];
    for (const answer of held) answer();
    return held.length;
  }
}
