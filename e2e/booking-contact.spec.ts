import { expect, expectNoAxeViolations, test } from "./fixtures";
import { expectContactLinks, expectStep, takeFirstSlot } from "./booking-helpers";
import { moveClassToStartIn } from "./classes-helpers";
import { bookAppointment, createClient, joinClass, londonWallTime, signInAs } from "./sign-in-helpers";

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

// The cancel dialog is opened while cancelling is still allowed; by the time the client confirms,
// the studio has moved the appointment inside the notice window. The refusal sends them to call.
test("a cancellation refused as too late in the dialog gives the location's number", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Tess Late");
  const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 4 });
  await signInAs(page, sandbox, client);
  await page.getByRole("button", { name: new RegExp(`^Cancel ${appointment.serviceName} on `) }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
  await sandbox.api("/v1/appointments/reschedule", {
    method: "POST",
    body: {
      appointmentId: appointment.id,
      ...londonWallTime(3),
      timezone: "Europe/London",
      overrideTimeSlotValidation: true,
    },
  });
  await dialog.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(dialog.getByRole("alert")).toContainText("It is too late to change this booking online.");
  await expectContactLinks(dialog);
  await expectNoAxeViolations(page);
});

test("a class that can no longer be joined online gives the location's number and its map", async ({
  page,
  sandbox,
}) => {
  // London classes close online booking 60 minutes before the start.
  await moveClassToStartIn(sandbox, "cls_london_pilates_01", 30);
  await page.goto("/classes/cls_london_pilates_01");
  const actions = page.getByRole("region", { name: "Booking" });
  await expect(actions).toContainText("Contact the studio if you would still like to come.");
  await expectContactLinks(actions);
  const map = page.getByRole("link", { name: "Show Soho Studio on a map (opens in a new tab)" });
  await expect(map).toHaveAttribute("target", "_blank");
  await expectNoAxeViolations(page);

  await moveClassToStartIn(sandbox, "cls_london_pilates_01", -10);
  await page.goto("/classes/cls_london_pilates_01");
  await expect(actions).toContainText("can no longer be joined");
  await expectContactLinks(actions);
  await expectNoAxeViolations(page);
});

// A client whose class starts while the leave dialog is open on My bookings is refused; the
// refusal names the studio's number, since only the studio can release the place now.
test("leaving a class that has started is refused with the location's number", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Lena Late");
  const session = await joinClass(sandbox, client);
  await signInAs(page, sandbox, client);
  await page.getByRole("button", { name: new RegExp(`^Leave ${session.name} on `) }).click();
  const dialog = page.getByRole("dialog");
  await moveClassToStartIn(sandbox, session.id, -5);
  await dialog.getByRole("button", { name: "Leave class" }).click();
  await expect(dialog.getByRole("alert")).toContainText("can no longer be joined or left here");
  await expectContactLinks(dialog);
  await expectNoAxeViolations(page);
});
