import { existsSync } from "node:fs";
import { chromium, devices, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { appUrl } from "./config";

// The same browser and flags as playwright.config.ts: Debian's Chromium where installed.
export const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) =>
  existsSync(file),
);

export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: systemChromium, args: chromiumFlags });
}

const octet = () => 1 + Math.floor(Math.random() * 250);

/** A first-time visitor on a phone: empty browser cache, own address (the app rate-limits per IP). */
export async function newVisitor(browser: Browser, baseUrl = appUrl): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...devices["Pixel 7"],
    baseURL: baseUrl,
    timezoneId: "Europe/London",
    locale: "en-GB",
  });
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
  return context;
}

// Chromium keeps a core of this 2-core machine busy for several hundred ms after it opens a tab,
// and the app and sandbox run on the same two cores: navigating at once made the server's answer
// ~200 ms slower (cold) than it is when nothing else runs. A visitor's phone opening its tab costs
// the server nothing, so timed visits start from a tab that has settled.
const TAB_SETTLE_MS = 1_000;

/** A new tab of the visitor's, settled, for a visit whose paint is timed. */
export async function openSettledTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.waitForTimeout(TAB_SETTLE_MS);
  return page;
}

export const randomUkMobile = () => `07700 900${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
