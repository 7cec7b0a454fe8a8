// One client's whole journey through the portal, as the end-to-end tests drive it.
import type { Page } from "@playwright/test";
import { randomUkMobile } from "./browser";

const STEP_TIMEOUT_MS = 20_000;

async function step(page: Page, heading: string) {
  await page.getByRole("heading", { level: 2, name: heading }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** /book → location → service → staff → first free time → details → confirmation. */
export async function bookingJourney(page: Page): Promise<void> {
  await page.goto("/book");
  await step(page, "Choose a location");
  await page.getByRole("link", { name: /Soho Studio/ }).click();
  await step(page, "Choose a service");
  await page.getByRole("link", { name: /Signature Haircut/ }).click();
  await step(page, "Choose who you would like to see");
  await page.getByRole("link", { name: "Amelia Hart" }).click();
  await step(page, "Choose a day and time");
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click({ timeout: STEP_TIMEOUT_MS });
  await step(page, "Your details");
  await page.getByLabel("Full name").fill("Bench Visitor");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(randomUkMobile());
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await page.getByRole("heading", { level: 1, name: "You're booked" }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

const WEEKS_TO_LOOK_AHEAD = 3;

/** /classes → the first class still open for booking (this week or the next ones) → join → booked. */
export async function classJoinJourney(page: Page): Promise<void> {
  await page.goto("/classes");
  const bookable = page.getByRole("article").filter({ has: page.getByText("Book", { exact: true }) });
  for (let week = 0; ; week++) {
    await page.getByRole("article").first().waitFor({ timeout: STEP_TIMEOUT_MS });
    if ((await bookable.count()) > 0) break;
    if (week === WEEKS_TO_LOOK_AHEAD) throw new Error(`no class open for booking within ${week + 1} weeks`);
    const shown = page.url();
    await page.getByRole("link", { name: "Next week" }).click();
    await page.waitForURL((url) => url.href !== shown);
    await page.waitForLoadState("networkidle");
  }
  await bookable.first().getByRole("link").click();
  await page.getByLabel("Full name").fill("Bench Visitor");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(randomUkMobile());
  await page.getByRole("button", { name: "Join class" }).click();
  await page.getByRole("status").filter({ hasText: "You're booked" }).waitFor({ timeout: STEP_TIMEOUT_MS });
}
