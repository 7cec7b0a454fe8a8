import type { Browser } from "@playwright/test";
import { newVisitor } from "./browser";
import { timeToFirstSlot } from "./booking-page";
import { bench } from "./config";
import { atMost, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import type { Servers } from "./servers";

/**
 * Navigation to the first slot of a service's booking page. Cold: the app was just restarted, so
 * its upstream cache is empty (loading the route's code counts too). Warm: the same page again
 * straight after, from another first-time visitor.
 */
export async function measureTimeToSlots(browser: Browser, servers: Servers): Promise<Measurement[]> {
  const coldName = "Time to slots, cold server cache";
  const warmName = "Time to slots, warm server cache";
  const coldTarget = atMost(bench.upstreamLatencyMs + 150, "ms");
  const warmTarget = atMost(100, "ms");
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < bench.runs; run++) {
    await servers.restartApp();
    for (const samples of [cold, warm]) {
      const context = await newVisitor(browser);
      try {
        samples.push(await timeToFirstSlot(await context.newPage()));
      } catch (error) {
        const reason = `no slot button: ${reasonOf(error)}`;
        return [
          notAvailable(coldName, "ms", coldTarget, reason),
          notAvailable(warmName, "ms", warmTarget, reason),
        ];
      } finally {
        await context.close();
      }
    }
  }
  const note = `upstream latency ${bench.upstreamLatencyMs} ms`;
  return [
    fromSamples(coldName, "ms", cold, coldTarget, note),
    fromSamples(warmName, "ms", warm, warmTarget, note),
  ];
}
