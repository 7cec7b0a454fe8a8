// What `npm run bench` runs against: its own production build, app and sandbox, on loopback ports
// away from `npm start` (3000/4010) and the end-to-end suites.
import { randomBytes } from "node:crypto";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const numberFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

const appPort = numberFrom("BENCH_APP_PORT", 3500);

export const bench = {
  root,
  distDir: ".next-bench",
  appPort,
  sandboxPort: numberFrom("BENCH_SANDBOX_PORT", 4500),
  /** The deployment of two instances on Redis behind a round-robin proxy, numbered from the app's port. */
  instancePorts: { a: appPort + 10, b: appPort + 11 },
  proxyPort: appPort + 12,
  apiKey: "bench-sandbox-key",
  dataFile: path.join(root, "sandbox-data", "bench", "sandbox.json"),
  upstreamLatencyMs: 150,
  /** The vendor's limit for a subscribed account, kept during the load phase so 429s would show. */
  upstreamRateLimitRpm: 300,
  // Fewer than 10 only for a quick look at whether everything runs.
  runs: numberFrom("BENCH_RUNS", 10),
  loadVisitors: numberFrom("BENCH_VISITORS", 100),
  loadSeconds: numberFrom("BENCH_LOAD_SECONDS", 60),
  /** Seconds at each number of clients of the throughput phases, and where they stop at most. */
  stepSeconds: numberFrom("BENCH_STEP_SECONDS", 4),
  maxClients: numberFrom("BENCH_MAX_CLIENTS", 64),
  sessionSecret: randomBytes(32).toString("base64url"),
  webhookSecret: randomBytes(32).toString("base64url"),
  resultsDir: path.join(root, "bench-results"),
  /** A commit to measure first, for a "before" column (bench/base.ts); none when unset. */
  base: process.env.BENCH_BASE?.trim() || null,
  /** Words picking some measurements (`BENCH_ONLY=javascript,lighthouse`); all when unset. */
  only: (process.env.BENCH_ONLY ?? "")
    .split(",")
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean),
};

export const appUrl = `http://127.0.0.1:${bench.appPort}`;
export const sandboxUrl = `http://127.0.0.1:${bench.sandboxPort}`;
export const proxyUrl = `http://127.0.0.1:${bench.proxyPort}`;

/** The service page every timing starts from: a named staff member, so slots are deterministic. */
export const bookingPath = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia";
