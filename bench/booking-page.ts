import type { Page } from "@playwright/test";
import { bookingPath } from "./config";

export const SLOT_TIMEOUT_MS = 20_000;

/** The first "Book <time>" button of the slot list: what a visitor waits for. */
export const firstSlot = (page: Page) => page.getByRole("button", { name: /^Book / }).first();

/** Milliseconds from the start of navigation to the first slot button being visible. */
export async function timeToFirstSlot(page: Page, path = bookingPath): Promise<number> {
  const started = performance.now();
  await page.goto(path, { waitUntil: "commit" });
  await firstSlot(page).waitFor({ state: "visible", timeout: SLOT_TIMEOUT_MS });
  return performance.now() - started;
}
