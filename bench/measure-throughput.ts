// How many booking pages a second the server answers with a warm cache, on one instance and on two
// behind the round-robin proxy, and what two instances sharing one Redis ask of the upstream under
// the load phase's visitors. On this machine every instance shares the same two cores, so the
// proxy's figure shows the cost of the proxy and Redis, not what a second machine would add.
import os from "node:os";
import type { Browser } from "@playwright/test";
import { bench, bookingPath, proxyUrl } from "./config";
import { busiest, busiestWithin, describeStep, stepUp, type LoadStep } from "./closed-loop";
import { exactly, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import { measureLoad } from "./measure-load";
import type { Servers } from "./servers";
import type { AppInstance } from "../test/support/app-instances";

const P95_BOUND_MS = 500;

function throughputRows(served: string, steps: LoadStep[], loadBefore: string): Measurement[] {
  const top = busiest(steps);
  const within = busiestWithin(steps, P95_BOUND_MS);
  const rows = [
    fromSamples(
      `Booking page, ${served}, warm cache: requests a second`,
      "requests/s",
      [top.requestsPerSecond],
      null,
      `most of any step: ${describeStep(top)}; load average ${loadBefore} before`,
    ),
  ];
  rows.push(
    within
      ? fromSamples(
          `Booking page, ${served}: requests a second at p95 ≤ ${P95_BOUND_MS} ms`,
          "requests/s",
          [within.requestsPerSecond],
          null,
          describeStep(within),
        )
      : notAvailable(
          `Booking page, ${served}: requests a second at p95 ≤ ${P95_BOUND_MS} ms`,
          "requests/s",
          null,
          `p95 over ${P95_BOUND_MS} ms with one client`,
        ),
  );
  return rows;
}

/** Steps up closed-loop clients on the booking page at `baseUrl`; two rows, and each step printed. */
export async function measureThroughput(baseUrl: string, served: string): Promise<Measurement[]> {
  // Other work on the machine takes the same two cores: the figure is only as good as this.
  const loadBefore = os.loadavg()[0]!.toFixed(1);
  try {
    const steps = await stepUp({
      url: `${baseUrl}${bookingPath}`,
      stepSeconds: bench.stepSeconds,
      p95BoundMs: P95_BOUND_MS,
      maxClients: bench.maxClients,
    });
    for (const step of steps) process.stdout.write(`  ${served}: ${describeStep(step)}\n`);
    return throughputRows(served, steps, loadBefore);
  } catch (error) {
    return [
      notAvailable(
        `Booking page, ${served}, warm cache: requests a second`,
        "requests/s",
        null,
        reasonOf(error),
      ),
    ];
  }
}

// Each time is a stretch in which that instance counted limits and the upstream budget alone.
function redisLosses(instances: AppInstance[]): Measurement {
  const losses = instances.map((instance) => instance.log().split("[store] Redis unreachable").length - 1);
  return fromSamples(
    "Two instances: times an instance fell back to its own memory",
    "count",
    [losses.reduce((sum, n) => sum + n, 0)],
    exactly(0),
    `per instance: ${losses.join(", ")}; Redis never stopped`,
  );
}

/**
 * Starts two instances on one redis-server behind the proxy, measures one of them alone and then the
 * proxy back to back, runs the load phase through the proxy, and stops them.
 */
export async function measureTwoInstances(browser: Browser, servers: Servers): Promise<Measurement[]> {
  const deployment = await servers.startTwoInstances();
  try {
    const oneOfTwo = await measureThroughput(
      `http://127.0.0.1:${bench.instancePorts.a}`,
      "one of the two instances on Redis, directly",
    );
    const proxied = await measureThroughput(proxyUrl, "two instances on Redis behind the proxy");
    const load = await measureLoad(browser, proxyUrl, "Load on two instances behind the proxy");
    return [...oneOfTwo, ...proxied, ...load, redisLosses(Object.values(deployment.instances))];
  } finally {
    await deployment.stop();
  }
}
