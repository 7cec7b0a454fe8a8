import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  appointmentsOfPhone,
  chooseFirstSlot,
  expectStep,
  fillDetails,
  randomUkMobile,
  waitForSlots,
} from "./booking-helpers";
import { bookAppointment, createClient, signInAs } from "./sign-in-helpers";

const ameliaCut = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia";
const offlineNotice = /^You are offline\. What you see may be out of date/;
const waitingToSend = "You're offline. We'll send your booking when you're back online.";

// A phone loses its signal mid-journey. Without care, the next tap ends on the browser's own error
// page and the visitor's place is gone; a booking sent offline hangs on "Confirming…" unexplained.
test("offline, the booking journey keeps its place, says why, and goes on once back online", async ({
  page,
  context,
  sandbox,
}) => {
  const phone = randomUkMobile();
  await page.goto(ameliaCut);
  await waitForSlots(page);
  await expect(page.getByRole("status").filter({ hasText: offlineNotice })).toHaveCount(0);

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: offlineNotice })).toBeVisible();
  await expectNoAxeViolations(page);

  const url = page.url();
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expect(page.getByRole("status")).toContainText([
    "You are offline, so that page cannot open yet. Please reconnect and try again.",
  ]);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" }).click();
  await expectStep(page, "Choose a day and time");
  expect(page.url()).toBe(url);

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: /You are offline/ })).toHaveCount(0);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  await fillDetails(page, { name: "Rosa Parks", phone });

  await context.setOffline(true);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("button", { name: "Waiting for a connection…" })).toBeDisabled();
  await expect(page.getByRole("status").filter({ hasText: waitingToSend })).toBeVisible();
  await expect(page.getByRole("button", { name: "Don't send" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Rosa Parks");
  await expectNoAxeViolations(page);
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(0);

  await context.setOffline(false);
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(1);
});

// A client who confirmed offline and then thought better of it must be able to take it back: a
// dropped send that went out later anyway would book a time they no longer want.
test("a booking held offline can be dropped, and is then never sent", async ({ page, context, sandbox }) => {
  const phone = randomUkMobile();
  await chooseFirstSlot(page, ameliaCut);
  await fillDetails(page, { name: "Mae Jemison", phone });

  await context.setOffline(true);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("status").filter({ hasText: waitingToSend })).toBeVisible();
  await page.getByRole("button", { name: "Don't send" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Not sent: nothing has been booked\./ }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Don't send" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Confirm booking" })).toBeEnabled();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: offlineNotice })).toHaveCount(0);
  // Long enough for a resumed send to reach the sandbox, had it been kept.
  await page.waitForTimeout(2_000);
  await expectStep(page, "Your details");
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(0);

  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(1);
});

// The cancel dialog is modal: the page's own notice is behind it, so the dialog says it itself.
test("offline, a cancellation waits in its dialog, says so, and is made once back online", async ({
  page,
  context,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Ada Byron");
  const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 6 });
  await signInAs(page, sandbox, client);
  const item = page
    .getByRole("region", { name: "Upcoming" })
    .getByRole("article", { name: appointment.serviceName });
  await item.getByRole("button", { name: new RegExp(`^Cancel ${appointment.serviceName} on `) }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
  await expect(dialog.getByRole("status").filter({ hasText: offlineNotice })).toHaveCount(0);

  await context.setOffline(true);
  await expect(dialog.getByRole("status").filter({ hasText: offlineNotice })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(dialog.getByRole("button", { name: "Cancelling…" })).toBeDisabled();
  const waiting = await sandbox.api<{ status: string }>(`/v1/appointments/${appointment.id}`);
  expect(waiting.status).toBe("Booked");

  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "is cancelled" })).toBeFocused();
  await expect(dialog).toBeHidden();
  const stored = await sandbox.api<{ status: string }>(`/v1/appointments/${appointment.id}`);
  expect(stored.status).toBe("Cancelled");
});

// The timetable changes week in the page, not by opening another one: offline, the week after
// (read ahead while the visitor looks at this one) still opens, and a week never read waits for the
// connection and then shows, instead of the link being refused.
test("offline, the timetable's next week opens from what was read ahead, and an unread one comes once back online", async ({
  page,
  context,
}) => {
  // This week comes in the page's HTML; the browser's one read of a week is the next, read ahead
  // once the page is interactive (which can be after the network first falls quiet).
  const readAhead = page.waitForResponse((response) => response.url().includes("/api/classes/week?"));
  await page.goto("/classes?tz=Europe%2FLondon");
  const heading = page.getByRole("heading", { name: /^Week of / });
  const firstWeek = (await heading.textContent()) ?? "";
  await expect(page.getByRole("article").first()).toBeVisible();
  await readAhead;

  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: offlineNotice })).toBeVisible();
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(heading).not.toHaveText(firstWeek);
  const secondWeek = (await heading.textContent()) ?? "";
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.getByText(/cannot open yet/)).toHaveCount(0);

  await page.getByRole("link", { name: "Next week" }).click();
  await expect(heading).not.toHaveText(secondWeek);
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeHidden();
  await expect(
    page.getByRole("article").or(page.getByText("There are no classes this week.")).first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]week=\d{4}-\d{2}-\d{2}/);
});
