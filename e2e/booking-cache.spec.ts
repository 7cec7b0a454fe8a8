import type { Browser, Page } from "@playwright/test";
import { expect, test, visitorAddress } from "./fixtures";
import {
  expectNotOffered,
  expectStep,
  fillDetails,
  randomUkMobile,
  shownDay,
  waitForSlots,
} from "./booking-helpers";

const amelia = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London";

/** Another first-time visitor, with their own browser and address. */
async function anotherVisitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    timezoneId: "Europe/London",
    locale: "en-US",
    extraHTTPHeaders: { "x-forwarded-for": visitorAddress() },
  });
  return context.newPage();
}

// Every visitor is served from one cached copy of the free times: a time booked here must be gone
// for the next visitor at once, or they are told "just booked by someone else" only after typing
// their details. (The e2e app keeps no answer fresh; with the cache on, warm and without webhooks,
// lib/booking/booking-freshness.integration.test.ts proves the same for bookings and moves.)
test("a time booked by one visitor is gone for the next one", async ({ page, browser }) => {
  const next = await anotherVisitor(browser);
  try {
    await next.goto(amelia);
    await waitForSlots(next);
    const day = await shownDay(next);
    const booked = (await next
      .getByRole("button", { name: /^Choose / })
      .first()
      .getAttribute("aria-label"))!;

    await page.goto(amelia);
    await waitForSlots(page);
    await page.getByRole("button", { name: booked, exact: true }).click();
    await expectStep(page, "Your details");
    await fillDetails(page, { name: "First Come", phone: randomUkMobile() });
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

    await next.goto(amelia);
    await waitForSlots(next);
    await expectNotOffered(next, day, booked);
  } finally {
    await next.context().close();
  }
});
