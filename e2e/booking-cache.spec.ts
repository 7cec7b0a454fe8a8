import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  bookThroughApi,
  chosenInstant,
  expectStep,
  fillDetails,
  randomUkMobile,
  startFresh,
  waitForSlots,
} from "./booking-helpers";
import { sandboxUrl } from "./ports";

const amelia = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London";

async function setWebhookUrl(url: string | null): Promise<void> {
  await fetch(`${sandboxUrl}/__sandbox/settings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ webhookUrl: url }),
  });
}

async function webhookUrl(): Promise<string | null> {
  return ((await (await fetch(`${sandboxUrl}/__sandbox/settings`)).json()) as { webhookUrl: string | null })
    .webhookUrl;
}

/** Another first-time visitor, with their own browser and address. */
async function anotherVisitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "Europe/London", locale: "en-GB" });
  const page = await context.newPage();
  const octet = () => Math.floor(Math.random() * 250) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
  return page;
}

test.beforeEach(async ({ page, sandbox }) => {
  await startFresh(page, sandbox);
});

// The portal serves every visitor from one cached copy of the free times. If a booking made here
// did not clear the times it took, the next visitor would be offered them for another
// CACHE_AVAILABILITY_SECONDS, and told "just booked by someone else" only after typing their details.
test("a time booked here is gone for the next visitor at once, though the cache was warm", async ({
  page,
  browser,
  sandbox,
}) => {
  const sandboxWebhook = await webhookUrl();
  // Without the sandbox's webhooks, only the app's own clearing can take the time off the cache.
  await setWebhookUrl(null);
  const next = await anotherVisitor(browser);
  try {
    await next.goto(amelia);
    await waitForSlots(next);
    const slots = next.getByRole("button", { name: /^Book / });
    const booked = (await slots.first().getAttribute("aria-label"))!;
    // The day's last time, far enough from the first that booking one leaves the other free.
    const elsewhere = (await slots.last().getAttribute("aria-label"))!;

    // The cache is warm: a time booked elsewhere, with nothing telling the app, is still offered.
    await slots.last().click();
    await expectStep(next, "Your details");
    await bookThroughApi(sandbox, {
      locationId: "loc_london",
      serviceId: "svc_signature_cut",
      staffId: "stf_amelia",
      startsAt: chosenInstant(next),
      timeZone: "Europe/London",
    });
    await next.goto(amelia);
    await waitForSlots(next);
    await expect(next.getByRole("button", { name: elsewhere, exact: true })).toBeVisible();

    await page.goto(amelia);
    await waitForSlots(page);
    await page.getByRole("button", { name: booked, exact: true }).click();
    await expectStep(page, "Your details");
    await fillDetails(page, { name: "First Come", phone: randomUkMobile() });
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

    await next.goto(amelia);
    await waitForSlots(next);
    await expect(next.getByRole("button", { name: booked, exact: true })).toHaveCount(0);
  } finally {
    await setWebhookUrl(sandboxWebhook);
    await next.context().close();
  }
});
