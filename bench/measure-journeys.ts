import type { Browser, Page } from "@playwright/test";
import { newVisitor } from "./browser";
import { bench } from "./config";
import { bookingJourney, classJoinJourney } from "./journeys";
import { fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import { upstream } from "./sandbox-control";
import type { Servers } from "./servers";

/** Upstream requests one visitor's journey costs, background prefetches included. */
async function upstreamRequestsOf(browser: Browser, journey: (page: Page) => Promise<void>): Promise<number> {
  const context = await newVisitor(browser);
  try {
    const page = await context.newPage();
    const before = (await upstream.stats()).total;
    await journey(page);
    await page.waitForLoadState("networkidle");
    return (await upstream.stats()).total - before;
  } finally {
    await context.close();
  }
}

/**
 * Each run restarts the app, then makes the journey twice: first with an empty cache, then as the
 * next visitor, who finds what the first one read still cached.
 */
export async function measureJourneys(browser: Browser, servers: Servers): Promise<Measurement[]> {
  const journeys = [
    { name: "Upstream requests, one booking journey", journey: bookingJourney },
    { name: "Upstream requests, one class join", journey: classJoinJourney },
  ];
  const measurements: Measurement[] = [];
  for (const { name, journey } of journeys) {
    const cold: number[] = [];
    const warm: number[] = [];
    try {
      for (let run = 0; run < bench.runs; run++) {
        await servers.restartApp();
        cold.push(await upstreamRequestsOf(browser, journey));
        warm.push(await upstreamRequestsOf(browser, journey));
      }
      measurements.push(
        fromSamples(`${name} (cold cache)`, "requests", cold, null),
        fromSamples(`${name} (next visitor)`, "requests", warm, null),
      );
    } catch (error) {
      measurements.push(notAvailable(name, "requests", null, reasonOf(error)));
    }
  }
  return measurements;
}
