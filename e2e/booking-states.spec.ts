import { expect, test } from "./fixtures";
import { startFresh, expectAccessible, expectStep, waitForSlots } from "./booking-helpers";

test.beforeEach(async ({ page, sandbox }) => {
  await startFresh(page, sandbox);
});

// An empty month that only shows a blank calendar is a dead end. On the evening of 31 March 2027
// Oliver has nothing left that month; the page must say so and jump to 1 April.
test("an empty month says so and jumps to the next free day", async ({ page, sandbox }) => {
  const now = "2027-03-31T16:30:00.000Z";
  await sandbox.reset({ now });
  await page.clock.setFixedTime(new Date(now));
  await page.goto("/book?location=loc_london&service=svc_beard_trim&staff=stf_oliver");
  await expectStep(page, "Choose a day and time");
  await expect(page.getByText("There are no free times in March 2027.")).toBeVisible();
  const jump = page.getByRole("button", { name: "Jump to Thursday, April 1" });
  await expect(jump).toBeVisible();
  await expectAccessible(page);

  await jump.click();
  await expect(page.getByRole("heading", { level: 3, name: "April 2027" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Thursday, April 1", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await waitForSlots(page);
});

// Slow slot loading with nothing on screen is the most common complaint about booking pages:
// the skeleton must be there and announced.
test("free times show an announced skeleton while they load", async ({ page, sandbox }) => {
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London");
  await waitForSlots(page);
  await sandbox.settings({ latencyMs: 1500 });
  await page.getByRole("button", { name: /^Next month, / }).click();
  await page.getByRole("button", { name: /^Next month, / }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expectAccessible(page);
  await waitForSlots(page);
});

// When the booking system is down the client must be told in plain words and be able to retry,
// both for the whole page and for the free times alone.
test("upstream failures are explained with a way to try again", async ({ page, sandbox }) => {
  const dateTime = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London";
  await page.goto(dateTime);
  await waitForSlots(page);

  await sandbox.settings({ failRate: 1 });
  await page.getByRole("combobox", { name: "Your time zone" }).fill("Europe/Paris");
  await page.getByRole("button", { name: "Use this time zone" }).click();
  const failure = page.getByRole("alert").filter({ hasText: "could not reach the booking system" });
  await expect(failure).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page);
  await sandbox.settings({ failRate: 0 });
  await page.getByRole("button", { name: "Try again" }).click();
  await waitForSlots(page);

  await sandbox.settings({ failRate: 1 });
  await page.goto(dateTime);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("could not reach the booking system");
  await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
  await expectAccessible(page);
});
