// 100 simulated visitors browse availability and timetables at once for a minute, replaying what
// real browsers sent (page HTML, read routes and the router's page requests), each from its own
// address, with think time.
// Loopback only, bounded in visitors and time.
import type { Browser } from "@playwright/test";
import { appUrl, bench } from "./config";
import { below, exactly, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import { upstream } from "./sandbox-control";
import { percentile } from "./stats";
import { recordBrowsing, type BrowsingStep, type RecordedRequest } from "./visitor-requests";

const THINK_MS = { min: 1_000, max: 3_000 };
const REQUEST_TIMEOUT_MS = 30_000;
// A read's answer when the upstream's budget is spent (the page shows error.upstreamBusy).
const BUSY_CODE = '"code":"upstream_busy"';

export interface Tally {
  readMs: number[];
  pageMs: number[];
  rscMs: number[];
  /** Pages the server answered from the pages it keeps (lib/rendering/page-cache.ts). */
  pagesServedAgain: number;
  errors: number;
  busy: number;
  firstError: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => sleep(THINK_MS.min + Math.random() * (THINK_MS.max - THINK_MS.min));

async function replay(request: RecordedRequest, address: string, tally: Tally): Promise<void> {
  const url = new URL(request.url);
  if (!["127.0.0.1", "localhost"].includes(url.hostname)) {
    throw new Error(`refusing to send load anywhere but loopback: ${url.origin}`);
  }
  const started = performance.now();
  let failure: string | null = null;
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: { ...request.headers, "x-forwarded-for": address },
      body: request.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    if (request.kind === "page" && response.headers.get("x-page-cache") === "hit") tally.pagesServedAgain++;
    const busy = request.kind === "read" && text.includes(BUSY_CODE);
    if (busy) tally.busy++;
    if (busy) failure = `upstream busy, from ${url.pathname}`;
    else if (response.status >= 400) failure = `HTTP ${response.status} from ${url.pathname}`;
  } catch (error) {
    failure = reasonOf(error);
  }
  const latencies = { page: tally.pageMs, read: tally.readMs, rsc: tally.rscMs };
  latencies[request.kind].push(performance.now() - started);
  if (failure) {
    tally.errors++;
    tally.firstError ??= failure;
  }
}

async function visitor(steps: BrowsingStep[], until: number, tally: Tally): Promise<void> {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  const address = `10.${octet()}.${octet()}.${octet()}`;
  await sleep(Math.random() * THINK_MS.max);
  while (Date.now() < until) {
    const step = steps[Math.floor(Math.random() * steps.length)]!;
    for (const request of step) {
      if (Date.now() >= until) return;
      await replay(request, address, tally);
    }
    await think();
  }
}

/** `bench.loadVisitors` visitors replaying the recorded steps for `bench.loadSeconds`. */
export async function playVisitors(steps: BrowsingStep[]): Promise<Tally> {
  const tally: Tally = {
    readMs: [],
    pageMs: [],
    rscMs: [],
    pagesServedAgain: 0,
    errors: 0,
    busy: 0,
    firstError: null,
  };
  const until = Date.now() + bench.loadSeconds * 1000;
  await Promise.all(Array.from({ length: bench.loadVisitors }, () => visitor(steps, until, tally)));
  return tally;
}

/** `name` says what served the load when it is not the one app: "Load on two instances". */
export async function measureLoad(browser: Browser, baseUrl = appUrl, name = "Load"): Promise<Measurement[]> {
  const visitors = bench.loadVisitors;
  const prefix = `${name}, ${visitors} visitors for ${bench.loadSeconds} s`;
  let steps: BrowsingStep[];
  try {
    steps = await recordBrowsing(browser, baseUrl);
    if (steps.length === 0) throw new Error("no read route called by the booking or classes pages");
  } catch (error) {
    return [
      notAvailable(
        prefix,
        "requests/min",
        below(300, "/min"),
        `could not record browsing: ${reasonOf(error)}`,
      ),
    ];
  }

  // A clean rolling minute at the vendor's real limit, so any 429 would come from the load itself.
  await upstream.reset();
  await upstream.setRateLimit(bench.upstreamRateLimitRpm);
  const before = await upstream.stats();
  const started = Date.now();
  const tally = await playVisitors(steps);
  const minutes = (Date.now() - started) / 60_000;
  const after = await upstream.stats();
  await upstream.setRateLimit(0);

  const requests = tally.readMs.length + tally.pageMs.length + tally.rscMs.length;
  const perMinute = (after.total - before.total) / minutes;
  const errorNote = tally.firstError ? `first: ${tally.firstError}` : `${requests} visitor requests`;
  return [
    fromSamples(
      `${prefix}: upstream requests per minute`,
      "requests/min",
      [perMinute],
      below(300, "/min"),
      `upstream answered ${after.status429 - before.status429} × 429`,
    ),
    fromSamples(`${prefix}: "busy" (429) answers reaching visitors`, "count", [tally.busy], exactly(0)),
    fromSamples(`${prefix}: errors reaching visitors`, "count", [tally.errors], exactly(0), errorNote),
    fromSamples(
      `${prefix}: read route latency p50`,
      "ms",
      [percentile(tally.readMs, 50)],
      null,
      `${tally.readMs.length} reads`,
    ),
    fromSamples(`${prefix}: read route latency p95`, "ms", [percentile(tally.readMs, 95)], null),
    fromSamples(
      `${prefix}: page HTML latency p95`,
      "ms",
      [percentile(tally.pageMs, 95)],
      null,
      `${tally.pageMs.length} pages, ${tally.pagesServedAgain} of them served again`,
    ),
    fromSamples(
      `${prefix}: the router's page requests (link prefetches, client navigations)`,
      "count",
      [tally.rscMs.length],
      null,
      tally.rscMs.length ? `p95 ${Math.round(percentile(tally.rscMs, 95))} ms` : "",
    ),
  ];
}
