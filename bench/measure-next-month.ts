import type { Browser } from "@playwright/test";
import { newVisitor } from "./browser";
import { firstSlot, openBookingPage, SLOT_TIMEOUT_MS } from "./booking-page";
import { bench } from "./config";
import { fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";

/**
 * From pressing "Next month" until that month's first slots show, once the page has settled (as a
 * visitor's would while they look at the first month, so its prefetch of the next month may finish).
 */
export async function measureNextMonth(browser: Browser): Promise<Measurement> {
  const name = "Next month to its slots";
  const samples: number[] = [];
  for (let run = 0; run < bench.runs; run++) {
    const context = await newVisitor(browser);
    try {
      const { page } = await openBookingPage(context);
      await page.waitForLoadState("networkidle");
      const heading = page.getByRole("heading", { name: /^Free times on / });
      const before = (await heading.textContent()) ?? "";
      const next = page.getByRole("button", { name: /^Next month/ });
      const started = performance.now();
      await next.click({ timeout: 5_000 });
      await heading.filter({ hasNotText: before }).waitFor({ timeout: SLOT_TIMEOUT_MS });
      await firstSlot(page).waitFor({ state: "visible", timeout: SLOT_TIMEOUT_MS });
      samples.push(performance.now() - started);
    } catch (error) {
      return notAvailable(name, "ms", null, reasonOf(error));
    } finally {
      await context.close();
    }
  }
  return fromSamples(name, "ms", samples, null, "warm server cache, page settled first");
}
