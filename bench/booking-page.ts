import type { BrowserContext, Page } from "@playwright/test";
import { openSettledTab } from "./browser";
import { bookingPath } from "./config";
import { firstPaintOfWatched, watchForFirstPaintOf } from "./paint-probe";

export const SLOT_TIMEOUT_MS = 20_000;

/** The first "Book <time>" button of the slot list: what a visitor waits for. */
export const firstSlot = (page: Page) => page.getByRole("button", { name: /^Choose / }).first();

/**
 * Opens the booking page in a new tab of a fresh visitor's context, and says how many milliseconds
 * after the navigation started its first slot button was painted.
 */
export async function openBookingPage(
  context: BrowserContext,
  path = bookingPath,
): Promise<{ page: Page; slotPaintedMs: number }> {
  await watchForFirstPaintOf(context, 'button[aria-label^="Choose "]');
  const page = await openSettledTab(context);
  await page.goto(path, { waitUntil: "commit" });
  await firstSlot(page).waitFor({ state: "visible", timeout: SLOT_TIMEOUT_MS });
  return { page, slotPaintedMs: await firstPaintOfWatched(page) };
}
