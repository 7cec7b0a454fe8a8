// A closed-loop load generator: `clients` visitors, each asking for the page again as soon as the last
// answer has arrived, for a few seconds at 1, 2, 4 … clients. A server's throughput is the rate it
// settles at as clients are added; the rate it serves "fast enough" is the highest one whose p95
// stayed within the bound. Loopback only, bounded in steps and time.
import { Agent, request } from "node:http";
import { percentile } from "./stats";

export interface LoadStep {
  clients: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 200, and requests that failed. */
  errors: number;
}

export interface StepUpOptions {
  /** A loopback URL, path and query included. */
  url: string;
  stepSeconds: number;
  p95BoundMs: number;
  maxClients: number;
}

const REQUEST_TIMEOUT_MS = 30_000;

// As a phone's browser asks: the server compresses, as it would for a visitor.
const browserHeaders = {
  accept: "text/html,application/xhtml+xml,application/json",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en-GB,en;q=0.9",
};

function get(url: URL, agent: Agent, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { agent, headers: { ...browserHeaders, "x-forwarded-for": address }, timeout: REQUEST_TIMEOUT_MS },
      (answer) => {
        answer.resume();
        answer.on("end", () => resolve(answer.statusCode ?? 0));
        answer.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timed out")));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** `clients` clients asking for `url` one request after another for `seconds`. */
export async function runClosedLoop(target: string, clients: number, seconds: number): Promise<LoadStep> {
  const url = new URL(target);
  if (!["127.0.0.1", "localhost"].includes(url.hostname)) {
    throw new Error(`refusing to send load anywhere but loopback: ${url.origin}`);
  }
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  let sent = 0;
  const client = async () => {
    while (performance.now() < until) {
      // Each request is a visitor of its own: the app limits reads per address.
      const address = `10.${77 + ((sent >> 16) & 127)}.${(sent >> 8) & 255}.${sent & 255}`;
      sent++;
      const sentAt = performance.now();
      const status = await get(url, agent, address).catch(() => 0);
      latencies.push(performance.now() - sentAt);
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    clients,
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    errors,
  };
}

/**
 * An unreported step first, long enough that every instance behind a proxy has rendered the route,
 * filled its cache and had its code optimised (a 2-second one left the second instance's first
 * step 2–4 times slower than the rest), then the steps.
 */
export async function stepUp(options: StepUpOptions): Promise<LoadStep[]> {
  await runClosedLoop(options.url, 4, 6);
  const steps: LoadStep[] = [];
  for (let clients = 1; clients <= options.maxClients; clients *= 2) {
    const step = await runClosedLoop(options.url, clients, options.stepSeconds);
    steps.push(step);
    // Past saturation more clients only queue longer; one noisy step over the bound is not enough.
    if (step.p95Ms > 4 * options.p95BoundMs) break;
  }
  return steps;
}

/** The step with the most requests a second. */
export const busiest = (steps: LoadStep[]) =>
  steps.reduce((best, step) => (step.requestsPerSecond > best.requestsPerSecond ? step : best));

/** The busiest step whose p95 stayed within the bound, if any did. */
export const busiestWithin = (steps: LoadStep[], p95BoundMs: number) => {
  const within = steps.filter((step) => step.p95Ms <= p95BoundMs);
  return within.length ? busiest(within) : null;
};

export const describeStep = (step: LoadStep) =>
  `${step.clients} clients: ${step.requestsPerSecond.toFixed(1)}/s, p50 ${Math.round(step.p50Ms)} ms, ` +
  `p95 ${Math.round(step.p95Ms)} ms${step.errors ? `, ${step.errors} errors` : ""}`;
