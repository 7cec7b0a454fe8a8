import type { Browser } from "@playwright/test";
import { newVisitor } from "./browser";
import { atMost, fromSamples, notAvailable, reasonOf, type Measurement } from "./measurement";

const PAGES = ["/", "/book", "/classes", "/bookings"];

/** Compressed bytes of JavaScript a first-time visitor downloads for each page (empty browser cache). */
export async function measureJsBytes(browser: Browser): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const path of PAGES) {
    const name = `JavaScript transferred, ${path}`;
    const target = atMost(200, "KB");
    const context = await newVisitor(browser);
    try {
      const page = await context.newPage();
      const scripts: Promise<number>[] = [];
      page.on("requestfinished", (request) => {
        if (request.resourceType() === "script") {
          scripts.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
        }
      });
      const response = await page.goto(path, { waitUntil: "networkidle" });
      if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status()}`);
      const bytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
      const landedOn = new URL(page.url()).pathname;
      const note = `${scripts.length} files${landedOn === path ? "" : `, landed on ${landedOn}`}`;
      measurements.push(fromSamples(name, "KB", [bytes / 1024], target, note));
    } catch (error) {
      measurements.push(notAvailable(name, "KB", target, reasonOf(error)));
    } finally {
      await context.close();
    }
  }
  return measurements;
}
