import type { Browser } from "@playwright/test";
import { newVisitor, openSettledTab } from "./browser";
import { bench } from "./config";
import { fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";
import { firstPaintOfWatched, watchForFirstPaintOf } from "./paint-probe";

const CARD_TIMEOUT_MS = 20_000;

/** Navigation to /classes until the first class card's link is painted. The first visit warms the cache. */
export async function measureClasses(browser: Browser): Promise<Measurement> {
  const name = "/classes to the first class card";
  const samples: number[] = [];
  for (let run = 0; run <= bench.runs; run++) {
    const context = await newVisitor(browser);
    try {
      await watchForFirstPaintOf(context, "article a");
      const page = await openSettledTab(context);
      await page.goto("/classes", { waitUntil: "commit" });
      await page
        .getByRole("article")
        .getByRole("link")
        .first()
        .waitFor({ state: "visible", timeout: CARD_TIMEOUT_MS });
      const paintedMs = await firstPaintOfWatched(page);
      if (run > 0) samples.push(paintedMs);
    } catch (error) {
      return notAvailable(name, "ms", null, `no class card: ${reasonOf(error)}`);
    } finally {
      await context.close();
    }
  }
  return fromSamples(name, "ms", samples, null, "warm server cache; navigation start to card painted");
}
