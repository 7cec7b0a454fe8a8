import { expect, expectNoAxeViolations, test } from "./fixtures";
import { expectContactLinks } from "./booking-helpers";

// The whole chain: server component → lib/whautomate → HTTP → sandbox. If this fails, nothing
// a client does can work.
test("the home page shows the business, its locations and both entry points", async ({ page, sandbox }) => {
  const locations = await sandbox.api<Array<{ title: string }>>("/v1/locations");
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1, name: "Book with Lotus & Lane" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: /Book an appointment/ })).toHaveAttribute("href", "/book");
  await expect(main.getByRole("link", { name: /Classes/ })).toHaveAttribute("href", "/classes");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "My bookings" })).toHaveAttribute("href", "/bookings");
  for (const location of locations) {
    await expect(page.getByText(location.title, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

// Locations change rarely and are cached: an outage of the booking system must not take the
// start page down with it.
test("the home page keeps showing its locations while the booking system is down", async ({
  page,
  sandbox,
}) => {
  await page.goto("/");
  await expect(page.getByText("Soho Studio", { exact: true })).toBeVisible();
  await sandbox.settings({ failRate: 1 });
  await page.reload();
  await expect(page.getByText("Soho Studio", { exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// A location's number as plain text cannot be tapped: a client on a phone must be able to call it or
// message it on WhatsApp from the page, in Arabic too (the number keeps its own order there).
test("each location's phone is a tap-to-call and a WhatsApp link", async ({ page }) => {
  await page.goto("/");
  const soho = page.getByRole("listitem").filter({ hasText: "Soho Studio" });
  await expectContactLinks(soho);
  const bandra = page.getByRole("listitem").filter({ hasText: "Bandra Clinic" });
  await expectContactLinks(bandra, { display: "+91 22 5555 0142", digits: "912255550142" });
  await expectNoAxeViolations(page);

  await page.goto("/?lang=ar");
  const call = page.getByRole("link", { name: /^اتصال على/ }).first();
  await expect(call).toHaveAttribute("href", "tel:+442079460123");
  await expect(call).toContainText("\u2068+44 20 7946 0123\u2069");
  await expectNoAxeViolations(page);
});

// The browser tab and home screen show the business's own mark, in its brand colour.
test("the site icon is drawn in the brand colour", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').getAttribute("href");
  expect(href).toBe("/brand-icon.svg");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(await response.text()).toContain('fill="#0a7d5a"');
});
