import type { Browser } from "@playwright/test";
import { setTimeout as sleep } from "node:timers/promises";
import { newVisitor } from "./browser";
import { openBookingPage } from "./booking-page";
import { bench } from "./config";
import { measureStaticPageFloor } from "./static-page-floor";
import { atMost, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import type { Servers } from "./servers";

// Every cached read of the app lives this long here: a run waits for the page's entries to expire
// instead of restarting the app, and the next visitor comes well within it.
const CACHE_SECONDS = 4;
const shortCache = {
  CACHE_CATALOGUE_SECONDS: String(CACHE_SECONDS),
  CACHE_AVAILABILITY_SECONDS: String(CACHE_SECONDS),
};

async function slotPaintedMs(browser: Browser): Promise<number> {
  const context = await newVisitor(browser);
  try {
    return (await openBookingPage(context)).slotPaintedMs;
  } finally {
    await context.close();
  }
}

/**
 * Navigation to the first slot of a service's booking page, timed by the page until the slot is
 * painted. Cold: an app that has served the page before, all of whose cached reads have expired
 * since, as when a visitor comes after the cache's lifetime (the catalogue, the slots: nothing of
 * the page is cached). Warm: another first-time visitor straight after. The first visit after a
 * restart also pays for the process's first render of the route, and the floor is what this
 * browser and machine take for a one-button static page, for scale.
 */
export async function measureTimeToSlots(browser: Browser, servers: Servers): Promise<Measurement[]> {
  const names = {
    cold: "Time to slots, cold server cache",
    warm: "Time to slots, warm server cache",
    restart: "Time to slots, first visit after a restart",
  };
  const targets = {
    cold: atMost(bench.upstreamLatencyMs + 150, "ms"),
    warm: atMost(100, "ms"),
    restart: null,
  };
  const samples = { cold: [] as number[], warm: [] as number[], restart: [] as number[] };
  try {
    for (let run = 0; run < bench.runs; run++) {
      await servers.restartApp(shortCache);
      samples.restart.push(await slotPaintedMs(browser));
      await sleep(CACHE_SECONDS * 1_000 + 500);
      samples.cold.push(await slotPaintedMs(browser));
      samples.warm.push(await slotPaintedMs(browser));
    }
  } catch (error) {
    const reason = `no slot button: ${reasonOf(error)}`;
    return (["cold", "warm", "restart"] as const).map((key) =>
      notAvailable(names[key], "ms", targets[key], reason),
    );
  } finally {
    await servers.restartApp();
  }
  const note = `upstream latency ${bench.upstreamLatencyMs} ms; navigation start to slot painted`;
  return [
    fromSamples(names.cold, "ms", samples.cold, targets.cold, `${note}; cache expired`),
    fromSamples(names.warm, "ms", samples.warm, targets.warm, note),
    fromSamples(names.restart, "ms", samples.restart, targets.restart, "the route's first render included"),
    await measureStaticPageFloor(browser),
  ];
}
