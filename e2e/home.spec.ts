import { expect, expectNoAxeViolations, test } from "./fixtures";

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
