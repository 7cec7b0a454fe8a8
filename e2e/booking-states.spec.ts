import { expect, test } from "./fixtures";
import {
  appointmentsOfPhone,
  calendarDay,
  expectAccessible,
  expectStep,
  fillDetails,
  randomUkMobile,
  waitForSlots,
} from "./booking-helpers";
import { sandboxUrl } from "./ports";

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
  await expect(calendarDay(page, "Thursday, April 1")).toHaveAttribute("aria-pressed", "true");
  await waitForSlots(page);
});

// Slow slot loading with nothing on screen is the most common complaint about booking pages:
// the skeleton must be there and announced, and a long wait must say it is not stuck.
test("free times show an announced skeleton while they load and say when it is slow", async ({
  page,
  sandbox,
}) => {
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London");
  await waitForSlots(page);
  await sandbox.hold(["GET /v1/appointments/slots"]);
  await page.getByRole("button", { name: /^Next month, / }).click();
  await page.getByRole("button", { name: /^Next month, / }).click();
  const skeleton = page.getByRole("status").filter({ hasText: "Loading…" });
  await expect(skeleton).toBeVisible();
  await expect(skeleton.getByText("This is taking longer than usual…")).toBeHidden();
  await expect(
    skeleton.getByText(/This is taking longer than usual…|The booking system is busy/),
  ).toBeVisible();
  await expectAccessible(page);
  expect(await sandbox.release()).toBeGreaterThan(0);
  await waitForSlots(page);
});

// A month no earlier test or run has read: the server's cache holds nothing for it.
function unreadMonthDay(): string {
  const month = new Date(Date.UTC(2040, Math.floor(Math.random() * 1200), 10, 9));
  return month.toISOString();
}

// With nothing cached there is nothing to show while the booking system is down: the client must
// be told in plain words and be able to try again, and trying again must work once it is back.
test("with nothing cached, an outage is explained with a way to try again", async ({ page, sandbox }) => {
  const now = unreadMonthDay();
  await sandbox.reset({ now });
  await page.clock.setFixedTime(new Date(now));
  await page.goto("/book?location=loc_london&service=svc_signature_cut");
  await expectStep(page, "Choose who you would like to see");

  await sandbox.settings({ failRate: 1 });
  await page.getByRole("link", { name: "Amelia Hart" }).click();
  await expectStep(page, "Choose a day and time");
  const failure = page.getByRole("alert").filter({ hasText: "could not reach the booking system" });
  await expect(failure).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: /^Choose / })).toHaveCount(0);
  await expectAccessible(page);

  await sandbox.settings({ failRate: 0 });
  await page.getByRole("button", { name: "Try again" }).click();
  await waitForSlots(page);
});

interface OutageSettings {
  failRate?: number;
  rateLimitRpm?: number;
}

async function sandboxSettings(): Promise<Required<OutageSettings>> {
  return (await fetch(`${sandboxUrl}/__sandbox/settings`)).json() as Promise<Required<OutageSettings>>;
}

const outages: Array<{ name: string; settings: OutageSettings }> = [
  { name: "down", settings: { failRate: 1 } },
  { name: "refusing every call as too many (429)", settings: { rateLimitRpm: 1 } },
];

for (const outage of outages) {
  // A busy Monday morning must not blank the booking page: while Whautomate is down or refusing
  // calls, the times it last gave are still shown, said to be possibly out of date, and a booking is
  // only ever made after Whautomate itself confirms the time is free, so none is made while it cannot.
  test(`with the cache warm and Whautomate ${outage.name}, the last good times show and nothing is booked unchecked`, async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(120_000);
    const before = await sandboxSettings();
    const amelia = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London";
    await page.goto(amelia);
    await waitForSlots(page);
    // The e2e app keeps no answer fresh (playwright.config.ts), so the next read asks Whautomate.
    // The last good answer of a day can be older than this visit's (other tests read the same
    // days), so what must show is a free time, not necessarily the one seen first here.
    const freeTime = page.getByRole("button", { name: /^Choose / }).first();

    try {
      await sandbox.settings(outage.settings);
      await page.goto(amelia);
      await expect(
        page.getByRole("status").filter({ hasText: "these times may be out of date" }),
      ).toBeVisible({
        timeout: 20_000,
      });
      await expect(freeTime).toBeVisible();
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
      await expectAccessible(page);

      const phone = randomUkMobile();
      await freeTime.click();
      await expectStep(page, "Your details");
      await fillDetails(page, { name: "Busy Monday", phone });
      await page.getByRole("button", { name: "Confirm booking" }).click();
      await expect(
        page.getByRole("alert").filter({ hasText: "could not check that this time is still free" }),
      ).toContainText("Nothing was booked", { timeout: 30_000 });
      await expectAccessible(page);

      await sandbox.settings({ failRate: before.failRate, rateLimitRpm: before.rateLimitRpm });
      expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(0);
      // Once Whautomate answers again, the note goes by itself.
      await page.goBack();
      await waitForSlots(page);
      await expect(page.getByText("these times may be out of date")).toHaveCount(0, { timeout: 30_000 });
    } finally {
      await sandbox.settings({ failRate: before.failRate, rateLimitRpm: before.rateLimitRpm });
    }
  });
}
