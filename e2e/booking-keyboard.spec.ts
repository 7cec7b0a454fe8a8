import { expect, test } from "./fixtures";
import {
  startFresh,
  bookableDays,
  expectAccessible,
  expectStep,
  randomUkMobile,
  tabTo,
  waitForSlots,
} from "./booking-helpers";

test.beforeEach(async ({ page, sandbox }) => {
  await startFresh(page, sandbox);
});

// Keyboard and switch users must be able to book without a pointer, and hear where they are:
// every step is reachable with Tab, operable with Enter/Space, and focus lands on the new step's heading.
test("the whole journey can be done with the keyboard alone", async ({ page }) => {
  await page.goto("/book");

  await tabTo(page, page.getByRole("link", { name: /Soho Studio/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeFocused();

  await tabTo(page, page.getByRole("link", { name: /Signature Haircut/ }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 2, name: "Choose who you would like to see" }),
  ).toBeFocused();

  await tabTo(page, page.getByRole("link", { name: "Amelia Hart" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a day and time" })).toBeFocused();

  await waitForSlots(page);
  const secondDay = bookableDays(page).nth(1);
  await tabTo(page, secondDay);
  await page.keyboard.press("Space");
  await expect(secondDay).toHaveAttribute("aria-pressed", "true");
  await expect(
    page.getByRole("heading", {
      level: 3,
      name: `Free times on ${await secondDay.getAttribute("aria-label")}`,
    }),
  ).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: /^Book / }).first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Your details" })).toBeFocused();

  await tabTo(page, page.getByLabel("Full name"));
  await page.keyboard.type("Keyboard Only");
  await tabTo(page, page.getByRole("textbox", { name: "Mobile number" }));
  await page.keyboard.type(randomUkMobile());
  await tabTo(page, page.getByRole("button", { name: "Confirm booking" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
});

// A form that only shows errors in colour, or does not move focus to them, leaves keyboard and
// screen-reader users guessing what went wrong.
test("details errors are announced next to their fields and take focus", async ({ page }) => {
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Book / })
    .first()
    .click();
  await expectStep(page, "Your details");

  await page.getByRole("textbox", { name: "Mobile number" }).fill("12");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  const name = page.getByLabel("Full name");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Please enter your full name/);
  await expect(page.getByRole("textbox", { name: "Mobile number" })).toHaveAccessibleDescription(
    /does not look like a valid number/,
  );
  await expectAccessible(page);
});
