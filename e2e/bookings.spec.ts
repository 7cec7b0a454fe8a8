import { expect, expectNoAxeViolations, test } from "./fixtures";
import { bookAppointment, createClient, joinClass, signInAs, type TestClass } from "./sign-in-helpers";
import { expectContactLinks } from "./booking-helpers";

// If this breaks, clients cannot cancel themselves, or a cancellation never reaches Whautomate.
test("a client cancels an appointment with a reason and it moves to Cancelled", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Maya Brooks");
  const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 6 });
  await signInAs(page, sandbox, client);

  const upcoming = page.getByRole("region", { name: "Upcoming" });
  const item = upcoming.getByRole("article", { name: appointment.serviceName });
  await expect(item).toContainText("Status: Booked");
  await expectNoAxeViolations(page);

  await item.getByRole("button", { name: new RegExp(`^Cancel ${appointment.serviceName} on `) }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
  await expect(dialog.getByRole("button", { name: "Keep appointment" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("textbox", { name: /Reason/ }).fill("Running late from work");
  await dialog.getByRole("button", { name: "Cancel appointment" }).click();

  await expect(page.getByRole("status").filter({ hasText: "is cancelled" })).toBeFocused();
  await expect(dialog).toBeHidden();
  const cancelled = page.getByRole("region", { name: "Cancelled" });
  await expect(cancelled.getByRole("article", { name: appointment.serviceName })).toContainText(
    "Status: Cancelled",
  );
  await expect(upcoming.getByRole("article", { name: appointment.serviceName })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const stored = await sandbox.api<{ status: string; cancellationReason: string }>(
    `/v1/appointments/${appointment.id}`,
  );
  expect(stored).toMatchObject({ status: "Cancelled", cancellationReason: "Running late from work" });
});

// If this breaks, clients can cancel at the last minute online, or see a dead button with no reason.
test("inside the notice window cancelling is not offered and the policy says why", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Theo Grant");
  const soon = await bookAppointment(sandbox, client, { hoursFromNow: 3 });
  await signInAs(page, sandbox, client);

  const item = page
    .getByRole("region", { name: "Upcoming" })
    .getByRole("article", { name: soon.serviceName });
  await expect(item).toContainText(
    "Changes are possible up to 24 hours before the start. Please contact Lotus & Lane.",
  );
  await expectContactLinks(item);
  await expect(item.getByRole("button", { name: /^Cancel/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// If this breaks, a client cannot give up a class place from their bookings, or is asked in other
// words (and without the reason) than on the class page.
test("a client leaves a class from the list, after choosing between leaving and keeping the spot", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Zoe Adams");
  const session = await joinClass(sandbox, client);
  await signInAs(page, sandbox, client);

  const item = page.getByRole("region", { name: "Upcoming" }).getByRole("article", { name: session.name });
  await item.getByRole("button", { name: new RegExp(`^Leave ${session.name} on `) }).click();
  // The class page's dialog, word for word (e2e/classes-join.spec.ts).
  const dialog = page.getByRole("dialog", { name: `Leave ${session.name}?` });
  await expect(dialog.getByRole("button", { name: "Keep my spot" })).toBeFocused();
  await expect(dialog).toContainText("Your spot will go to someone else.");
  await expectNoAxeViolations(page);
  await dialog.getByRole("textbox", { name: /Reason/ }).fill("Moving house");
  await dialog.getByRole("button", { name: "Leave class" }).click();

  await expect(page.getByRole("status").filter({ hasText: "You have left" })).toBeFocused();
  await expect(
    page.getByRole("region", { name: "Cancelled" }).getByRole("article", { name: session.name }),
  ).toBeVisible();
  const participants = await sandbox.api<Array<{ client: { id: string }; status: string }>>(
    `/v1/classes/${session.id}/participants`,
  );
  expect(participants.filter((p) => p.client.id === client.id).map((p) => p.status)).toEqual(["Cancelled"]);
});

// A waitlist place left as if it were a spot ("Leave class") tells the client they had a spot; the
// calendar entry is the participant's way not to miss the class.
test("a waitlist place is left as such, and a booked place goes into the calendar", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Nina Park");
  const booked = await joinClass(sandbox, client);
  const waiting = await joinClass(sandbox, client, { minHoursAhead: 24 * 5, waitlisted: true });
  await signInAs(page, sandbox, client);
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  const entry = (session: TestClass) =>
    upcoming
      .getByRole("article", { name: session.name })
      .filter({ has: page.locator(`a[href="/classes/${session.id}"]`) });

  const bookedEntry = entry(booked);
  const ics = bookedEntry.getByRole("link", { name: /^Download calendar file \(\.ics\) for / });
  await expect(ics).toHaveAttribute("href", `/classes/${booked.id}/calendar.ics`);
  const file = await page.request.get(new URL((await ics.getAttribute("href"))!, page.url()).toString());
  expect(file.headers()["content-type"]).toContain("text/calendar");
  expect(await file.text()).toContain(`SUMMARY:${booked.name} at Lotus & Lane`);
  const google = bookedEntry.getByRole("link", {
    name: new RegExp(`^Add ${booked.name} on .+ to Google Calendar`),
  });
  expect(new URL((await google.getAttribute("href"))!).searchParams.get("text")).toBe(
    `${booked.name} at Lotus & Lane`,
  );

  const waitingEntry = entry(waiting);
  await expect(waitingEntry).toContainText("Status: On the waitlist");
  await expect(waitingEntry.getByRole("button", { name: /^Leave (?!the waitlist)/ })).toHaveCount(0);
  await waitingEntry
    .getByRole("button", { name: new RegExp(`^Leave the waitlist for ${waiting.name} on `) })
    .click();
  const dialog = page.getByRole("dialog", { name: `Leave the waitlist for ${waiting.name}?` });
  await expect(dialog.getByRole("button", { name: "Stay on the waitlist" })).toBeFocused();
  await expect(dialog.getByRole("button", { name: "Leave class" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Leave the waitlist" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have left the waitlist for" })).toBeFocused();
  const participants = await sandbox.api<Array<{ client: { id: string }; status: string }>>(
    `/v1/classes/${waiting.id}/participants`,
  );
  expect(participants.filter((p) => p.client.id === client.id).map((p) => p.status)).toEqual(["Cancelled"]);
});

// Both pages leave through one action and one hook. If this breaks, a page seen before the change
// still offers the place that was given up on the other one.
test("a class left on one page shows as left on the other", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Iris Holt");
  const first = await joinClass(sandbox, client);
  const second = await joinClass(sandbox, client, { minHoursAhead: 24 * 5 });
  await signInAs(page, sandbox, client);
  const nav = page.getByRole("navigation", { name: "Main" });
  // Both classes may be of one kind: each place is told apart by the class its details link opens.
  const place = (section: "Upcoming" | "Cancelled", session: TestClass) =>
    page
      .getByRole("region", { name: section })
      .getByRole("article", { name: session.name })
      .filter({ has: page.locator(`a[href="/classes/${session.id}"]`) });

  // The class page is read first, then the place is given up from My bookings.
  await place("Upcoming", first)
    .getByRole("link", { name: /^View details of / })
    .click();
  await expect(page.getByText("You have a spot in this class.")).toBeVisible();
  await nav.getByRole("link", { name: "My bookings" }).click();
  await place("Upcoming", first)
    .getByRole("button", { name: /^Leave / })
    .click();
  await page
    .getByRole("dialog", { name: `Leave ${first.name}?` })
    .getByRole("button", { name: "Leave class" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "You have left" })).toBeFocused();
  await place("Cancelled", first)
    .getByRole("link", { name: /^View details of / })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: first.name })).toBeVisible();
  await expect(page.getByText("You have a spot in this class.")).toBeHidden();

  // The other way round: left on the class page, then back to My bookings.
  await nav.getByRole("link", { name: "My bookings" }).click();
  await place("Upcoming", second)
    .getByRole("link", { name: /^View details of / })
    .click();
  await page.getByRole("button", { name: "Leave this class" }).click();
  await page
    .getByRole("dialog", { name: `Leave ${second.name}?` })
    .getByRole("button", { name: "Leave class" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "You have left this class" })).toBeVisible();
  await page.goBack();
  await expect(place("Cancelled", second)).toBeVisible();
  await expect(place("Upcoming", second)).toHaveCount(0);
});

// If this breaks, a new client meets a blank page instead of a way to book.
test("a client with no bookings is pointed to booking", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Ada Quinn");
  await signInAs(page, sandbox, client);
  await expect(page.getByRole("heading", { name: "You have no bookings yet." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Book an appointment" })).toHaveAttribute("href", "/book");
  await expectNoAxeViolations(page);
});
