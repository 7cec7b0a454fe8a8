import type { Browser } from "@playwright/test";
import { newVisitor } from "./browser";
import { openBookingPage } from "./booking-page";
import { appUrl, bench } from "./config";
import { measureStaticPageFloor } from "./static-page-floor";
import { atMost, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import type { Servers } from "./servers";

async function slotPaintedMs(browser: Browser): Promise<number> {
  const context = await newVisitor(browser);
  try {
    return (await openBookingPage(context)).slotPaintedMs;
  } finally {
    await context.close();
  }
}

/** A page that reads nothing upstream, so the server has run a render but its cache stays empty. */
async function serveOnePage(): Promise<void> {
  const response = await fetch(`${appUrl}/bookings`);
  await response.text();
  if (!response.ok) throw new Error(`/bookings answered ${response.status}`);
}

/**
 * Navigation to the first slot of a service's booking page, timed by the page until the slot is
 * painted. Cold: a new app process (its upstream cache empty) that has served one other page. Warm:
 * the same page again straight after, from another first-time visitor. The first visit after a
 * restart also pays for the route's first render, and the floor is what this browser and machine
 * take for a one-button static page, for scale.
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
      await servers.restartApp();
      samples.restart.push(await slotPaintedMs(browser));
      await servers.restartApp();
      await serveOnePage();
      samples.cold.push(await slotPaintedMs(browser));
      samples.warm.push(await slotPaintedMs(browser));
    }
  } catch (error) {
    const reason = `no slot button: ${reasonOf(error)}`;
    return (["cold", "warm", "restart"] as const).map((key) =>
      notAvailable(names[key], "ms", targets[key], reason),
    );
  }
  const note = `upstream latency ${bench.upstreamLatencyMs} ms; navigation start to slot painted`;
  return [
    fromSamples(names.cold, "ms", samples.cold, targets.cold, note),
    fromSamples(names.warm, "ms", samples.warm, targets.warm, note),
    fromSamples(names.restart, "ms", samples.restart, targets.restart, "the route's first render included"),
    await measureStaticPageFloor(browser),
  ];
}
