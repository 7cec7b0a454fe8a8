import { expect, expectNoAxeViolations, test } from "./fixtures";
import { expectContactLinks, expectStep, takeFirstSlot } from "./booking-helpers";
import { bookAppointment, createClient, signInAs } from "./sign-in-helpers";

// "Please contact Lotus & Lane" with no number leaves a client who cannot change a booking online
// with nowhere to turn. Wherever the page sends them to the business, the location's number must
// be one tap away: a call or a WhatsApp message.

test("a time inside the notice window offers the location's number before confirming", async ({
  page,
  sandbox,
}) => {
  // Monday 08:00 in London: Amelia's first time, 09:00, is an hour away.
  const now = "2027-02-01T08:00:00.000Z";
  await sandbox.reset({ now });
  await page.clock.setFixedTime(new Date(now));
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London");
  await takeFirstSlot(page);
  const policy = page.getByRole("main").getByText(/less than 24 hours away/);
  await expect(policy).toContainText("To change it, please contact Lotus & Lane.");
  await expectContactLinks(policy.locator(".."));
  await expectNoAxeViolations(page);
});

test("a booking that can no longer be changed online gives the location's number on its confirmation", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Nora Quick");
  const soon = await bookAppointment(sandbox, client, { hoursFromNow: 3 });
  await signInAs(page, sandbox, client);
  await page.goto(`/bookings/${soon.id}`);
  const note = page.getByText(
    "Changes are possible up to 24 hours before the start. Please contact Lotus & Lane.",
  );
  await expect(note).toBeVisible();
  await expectContactLinks(note.locator(".."));
  await expectNoAxeViolations(page);

  await page.goto(`/book?reschedule=${soon.id}`);
  const refusal = page.getByRole("main").getByRole("alert");
  await expect(refusal).toContainText("can no longer be moved online. Please contact Lotus & Lane.");
  await expectContactLinks(refusal);
  await expectNoAxeViolations(page);
});

test("a time outside the notice window is not cluttered with the number", async ({ page }) => {
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(
    `/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London&date=${inTenDays}`,
  );
  await takeFirstSlot(page);
  await expectStep(page, "Your details");
  await expect(page.getByText(/up to 24 hours before the start/)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Call / })).toHaveCount(0);
});
