import { expect, test } from "./fixtures";
import {
  bookableDays,
  calendarDay,
  calendarGrid,
  dateOfDay,
  expectAccessible,
  expectStep,
  randomUkMobile,
  pressUntilFocused,
  tabTo,
  waitForSlots,
} from "./booking-helpers";

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
  await tabTo(page, calendarGrid(page).getByRole("button", { pressed: true }));
  const secondDay = bookableDays(page).nth(1);
  await pressUntilFocused(page, "ArrowRight", secondDay);
  await page.keyboard.press("Space");
  await expect(secondDay).toHaveAttribute("aria-pressed", "true");
  await expect(
    page.getByRole("heading", { level: 3, name: `Free times on ${await dateOfDay(secondDay)}` }),
  ).toBeVisible();

  await tabTo(page, page.getByRole("button", { name: /^Choose / }).first());
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

// A calendar where every day is its own tab stop costs a keyboard user dozens of presses, and one
// that skips days without times hides where they are. On Wednesday 24 March 2027 Oliver (Wednesday
// to Sunday) can be booked for a Beard Trim up to 30 days ahead: March and April.
test.describe("the month calendar is a grid moved with arrow keys", () => {
  test.beforeEach(async ({ page, sandbox }) => {
    const now = "2027-03-24T07:00:00.000Z";
    await sandbox.reset({ now });
    await page.clock.setFixedTime(new Date(now));
    await page.goto("/book?location=loc_london&service=svc_beard_trim&staff=stf_oliver");
    await waitForSlots(page);
  });

  test("one tab stop on the chosen day; arrows, Home and End move; Enter and Space choose", async ({
    page,
  }) => {
    const grid = calendarGrid(page);
    const chosen = grid.getByRole("button", { pressed: true });
    await expect(chosen).toHaveAccessibleName("Wednesday, March 24, 2027, times available");
    await tabTo(page, chosen);
    await page.keyboard.press("Tab");
    await expect(grid.getByRole("button").and(page.locator(":focus"))).toHaveCount(0);
    await page.keyboard.press("Shift+Tab");
    await expect(chosen).toBeFocused();

    await page.keyboard.press("ArrowLeft");
    const tuesday = grid.getByRole("button", { name: "Tuesday, March 23, 2027, no free times" });
    await expect(tuesday).toBeFocused();
    await expect(tuesday).toHaveAttribute("aria-disabled", "true");
    await page.keyboard.press("Enter");
    await expect(chosen).toHaveAccessibleName(/^Wednesday, March 24, 2027/);
    await page.keyboard.press("Home");
    await expect(calendarDay(page, "Monday, March 22")).toBeFocused();
    await page.keyboard.press("End");
    await expect(calendarDay(page, "Sunday, March 28")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    const sunday = grid.getByRole("button", { name: "Sunday, March 21, 2027, no free times" });
    await expect(sunday).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const clockChange = grid.getByRole("button", { name: "Sunday, March 28, 2027, times available" });
    await expect(clockChange).toHaveAttribute("aria-pressed", "true");
    await expect(clockChange).toBeFocused();
    await expect(
      page.getByRole("heading", { level: 3, name: "Free times on Sunday, March 28" }),
    ).toBeVisible();

    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Space");
    await expect(calendarDay(page, "Saturday, March 27")).toHaveAttribute("aria-pressed", "true");
    await expect(clockChange).toHaveAttribute("aria-pressed", "false");
    await expectAccessible(page);
  });

  test("arrows and PageUp/PageDown change month within the bookable ones, focus following in place", async ({
    page,
  }) => {
    const grid = calendarGrid(page);
    await tabTo(page, grid.getByRole("button", { pressed: true }));
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(calendarDay(page, "Wednesday, March 3")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("PageUp");
    await expect(calendarDay(page, "Wednesday, March 3")).toBeFocused();
    await expect(page.getByRole("button", { name: /^Previous month, / })).toBeDisabled();

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { level: 3, name: "April 2027" })).toBeVisible();
    const april = grid.getByRole("button", { name: "Thursday, April 1, 2027, times available" });
    await expect(april).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    await page.keyboard.press("PageDown");
    await expect(april).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("PageUp");
    await expect(page.getByRole("heading", { level: 3, name: "March 2027" })).toBeVisible();
    await expect(calendarDay(page, "Monday, March 8")).toBeFocused();
    await page.keyboard.press("PageDown");
    await expect(calendarDay(page, "Thursday, April 8")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", { level: 3, name: "Free times on Thursday, April 8" }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});

// A form that only shows errors in colour, or does not move focus to them, leaves keyboard and
// screen-reader users guessing what went wrong.
test("details errors are announced next to their fields and take focus", async ({ page }) => {
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Choose / })
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
