import { expect, expectNoAxeViolations, test } from "./fixtures";
import { expectStep, waitForSlots } from "./booking-helpers";

// Most phones run in dark mode, and the brand colour is text as well as fill (links, times, the
// chosen page): on the dark theme it must be lightened until it reads, as in an embed.
test.use({ colorScheme: "dark" });

test("in dark mode every step and page reads at WCAG AA contrast", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/book");
  await expectStep(page, "Choose a location");
  await expectNoAxeViolations(page);
  await page.goto("/book?location=loc_london");
  await expectStep(page, "Choose a service");
  await expectNoAxeViolations(page);
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await waitForSlots(page);
  await expectNoAxeViolations(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByLabel("Full name")).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto("/classes");
  await expect(page.getByRole("heading", { level: 2, name: /^Week of / })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
