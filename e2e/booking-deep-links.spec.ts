import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  appointmentsOfPhone,
  bookThroughApi,
  calendarDay,
  chosenInstant,
  expectStep,
  fillDetails,
  randomUkMobile,
  takeFirstSlot,
  waitForSlots,
} from "./booking-helpers";

// Links shared in WhatsApp messages go stale: a time someone else took, a day the studio is closed,
// a date already past or mangled on the way. Without a word the page used to open another day, or
// a time that fails only after the client has typed their details. It must say what happened on
// arrival and offer what is free instead.

const amelia = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London";

const dayName = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString("en-US", {
    weekday: "long",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A Sunday (Amelia's day off) at least two days ahead whose Saturday and Monday are in its month. */
function sundayMidMonth(): string {
  let date = addDays(new Date().toISOString().slice(0, 10), 2);
  while (
    new Date(`${date}T12:00:00Z`).getUTCDay() !== 0 ||
    addDays(date, -1).slice(0, 7) !== date.slice(0, 7) ||
    addDays(date, 1).slice(0, 7) !== date.slice(0, 7)
  ) {
    date = addDays(date, 1);
  }
  return date;
}

test("a link to a day without free times says so and shows the next day that has some", async ({ page }) => {
  const sunday = sundayMidMonth();
  const monday = addDays(sunday, 1);
  await page.goto(`${amelia}&date=${sunday}`);
  await waitForSlots(page);
  await expect(page.getByRole("status").filter({ hasText: /^No free times/ })).toHaveText(
    `No free times on ${dayName(sunday)}. Showing ${dayName(monday)}.`,
  );
  await expect(calendarDay(page, dayName(monday))).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page);

  // Choosing a day answers the note: it goes.
  await calendarDay(page, dayName(addDays(sunday, -1))).click();
  await expect(page.getByRole("status").filter({ hasText: /^No free times/ })).toHaveCount(0);
});

test("a link to a past or unreadable date says so and shows the first day with free times", async ({
  page,
}) => {
  const yesterday = addDays(new Date().toISOString().slice(0, 10), -1);
  await page.goto(`${amelia}&date=${yesterday}`);
  await waitForSlots(page);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "That date has passed. Showing the first day with free times." }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`${amelia}&date=next-tuesday`);
  await waitForSlots(page);
  await expect(
    page.getByRole("status").filter({
      hasText: "The date in the link could not be read. Showing the first day with free times.",
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(amelia);
  await waitForSlots(page);
  await expect(page.getByRole("status").filter({ hasText: /Showing/ })).toHaveCount(0);
});

test("a link to a time that was never free offers the nearest free times before any typing", async ({
  page,
  sandbox,
}) => {
  const phone = randomUkMobile();
  const sunday = sundayMidMonth();
  await page.goto(`${amelia}&time=${sunday}T12:00:00.000Z`);
  await expectStep(page, "Your details");
  await expect(page.getByRole("alert").filter({ hasText: "isn't available" })).toHaveText(
    "Sorry, 12:00 PM isn't available. Here are the nearest free times:",
  );
  await expect(page.getByLabel("Full name")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const alternatives = page.getByRole("button", { pressed: false }).filter({ hasText: /\d:\d\d/ });
  await expect(alternatives.first()).toBeVisible();
  await alternatives.last().click();
  await expect(page.getByText(/is selected\. Confirm your booking below\./)).toBeVisible();
  const chosen = chosenInstant(page);
  await fillDetails(page, { name: "Ida Wells", phone });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  const booked = await appointmentsOfPhone(sandbox, "stf_amelia", phone);
  expect(booked.map((appointment) => appointment.startTimeUTC)).toEqual([chosen]);
});

test("a link to a time taken since says so on arrival, not after the details are typed", async ({
  page,
  sandbox,
}) => {
  await page.goto(amelia);
  await takeFirstSlot(page);
  const startsAt = chosenInstant(page);
  await bookThroughApi(sandbox, {
    locationId: "loc_london",
    serviceId: "svc_signature_cut",
    staffId: "stf_amelia",
    startsAt,
    timeZone: "Europe/London",
  });
  await page.reload();
  await expectStep(page, "Your details");
  await expect(page.getByRole("alert").filter({ hasText: "isn't available" })).toContainText(
    "Here are the nearest free times:",
  );
  await expect(page.getByLabel("Full name")).toHaveCount(0);
});
