// The connection check's one way out: GET only, at most `max` requests, every answer's JSON kept.

export class RequestBudgetSpent extends Error {
  override name = "RequestBudgetSpent";
}

/** Lets GETs through, within the budget, and keeps each answer's JSON for the drift report. */
export class ReadOnlyLedger {
  used = 0;
  readonly answers: unknown[] = [];

  constructor(
    readonly max: number,
    private readonly fetchUpstream: typeof globalThis.fetch,
  ) {}

  get remaining(): number {
    return this.max - this.used;
  }

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    if ((init?.method ?? "GET") !== "GET") throw new Error("the connection check only reads");
    if (this.used >= this.max) throw new RequestBudgetSpent("request budget spent");
    this.used += 1;
    const response = await this.fetchUpstream(input, init);
    if (response.ok) {
      try {
        this.answers.push(JSON.parse(await response.clone().text()));
      } catch {
        // Not JSON: the app's own read reports it as a contract failure.
      }
    }
    return response;
  };
}
