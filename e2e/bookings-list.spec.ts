import { expect, expectNoAxeViolations, test } from "./fixtures";
import { bookAppointment, createClient, joinClass, signInAs } from "./sign-in-helpers";

// If this breaks, clients lose track of what is next: classes and appointments must share one timeline,
// and what is over or cancelled must not sit among what is coming.
test("appointments and classes share one list: upcoming in time order, then past, then cancelled", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Iris Lang");
  const later = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 20 });
  const session = await joinClass(sandbox, client);
  const past = await bookAppointment(sandbox, client, { hoursFromNow: -72, serviceId: "svc_beard_trim" });
  const cancelled = await bookAppointment(sandbox, client, {
    hoursFromNow: 24 * 15,
    serviceId: "svc_full_colour",
  });
  await sandbox.api("/v1/appointments/cancel", { method: "POST", body: { appointmentId: cancelled.id } });
  await signInAs(page, sandbox, client);

  const section = (name: string) => page.getByRole("region", { name });
  await expect(section("Upcoming").getByRole("heading", { level: 3 })).toHaveText([
    session.name,
    later.serviceName,
  ]);
  await expect(section("Upcoming").getByRole("article", { name: session.name })).toContainText("Class");
  await expect(section("Past").getByRole("heading", { level: 3 })).toHaveText([past.serviceName]);
  await expect(section("Cancelled").getByRole("heading", { level: 3 })).toHaveText([cancelled.serviceName]);
  await expect(section("Past").getByRole("button")).toHaveCount(0);
  await expect(section("Cancelled").getByRole("button")).toHaveCount(0);
  await expect(
    section("Upcoming").getByRole("link", { name: new RegExp(`^View details of ${session.name} on `) }),
  ).toHaveAttribute("href", `/classes/${session.id}`);
  await expectNoAxeViolations(page);
});

test.describe("in another time zone", () => {
  test.use({ timezoneId: "America/New_York" });

  // If this breaks, a client abroad turns up at the wrong hour: times are theirs, the studio's is labelled.
  test("times are shown in the visitor's zone, with the location's own time beside them", async ({
    page,
    sandbox,
  }) => {
    const client = await createClient(sandbox, "Noah Reyes");
    const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 10 });
    await signInAs(page, sandbox, client);

    const clock = (timeZone: string) =>
      new Intl.DateTimeFormat("en", { timeZone, hour: "numeric", minute: "2-digit" }).format(
        new Date(appointment.startsAt),
      );
    const item = page.getByRole("article", { name: appointment.serviceName });
    await expect(item.locator("time")).toContainText(clock("America/New_York"));
    await expect(item).toContainText(`${clock("Europe/London")} at Soho Studio (Greenwich Mean Time)`);
  });
});

// If this breaks, an outage shows a blank list or a crash instead of what to do next.
test("when the booking system cannot be reached the list and the cancel dialog say so", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Ella Ward");
  const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 6 });
  await signInAs(page, sandbox, client);

  await page.getByRole("button", { name: new RegExp(`^Cancel ${appointment.serviceName} on `) }).click();
  await sandbox.settings({ failRate: 1 });
  const dialog = page.getByRole("dialog", { name: "Cancel this appointment?" });
  await dialog.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(dialog.getByRole("alert")).toContainText("could not reach the booking system");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("could not reach the booking system");
  await expectNoAxeViolations(page);

  await sandbox.settings({ failRate: 0 });
  await page.getByRole("link", { name: "Reload my bookings" }).click();
  await expect(page.getByRole("article", { name: appointment.serviceName })).toContainText("Status: Booked");
});

// What is over or cancelled is most often booked again: the same service, staff member and location
// one tap away, and a class back on its timetable. Signing out is rarely why anyone came, so it
// must not stand before the bookings.
test("past and cancelled bookings offer Book again with the same choices; sign-out comes last", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Bea Again");
  const upcoming = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 20 });
  const past = await bookAppointment(sandbox, client, { hoursFromNow: -72, serviceId: "svc_beard_trim" });
  const pastWithExtra = await bookAppointment(sandbox, client, {
    hoursFromNow: -120,
    serviceId: "svc_full_colour",
    addOnIds: ["add_deep_conditioning"],
  });
  const session = await joinClass(sandbox, client);
  const participants = await sandbox.api<Array<{ id: string; client: { id: string } }>>(
    `/v1/classes/${session.id}/participants`,
  );
  const participant = participants.find((each) => each.client.id === client.id)!;
  await sandbox.api(`/v1/classes/${session.id}/participants/cancel`, {
    method: "POST",
    body: { participantId: participant.id },
  });
  const pastRecord = await sandbox.api<{ staff: { id: string } | null; service: { id: string } }>(
    `/v1/appointments/${past.id}`,
  );
  const classRecord = await sandbox.api<{ service: { id: string } }>(`/v1/classes/${session.id}`);
  await signInAs(page, sandbox, client);

  const section = (name: string) => page.getByRole("region", { name });
  await expect(
    section("Upcoming")
      .getByRole("article", { name: upcoming.serviceName })
      .getByRole("link", {
        name: /again$/,
      }),
  ).toHaveCount(0);
  const again = section("Past").getByRole("link", { name: `Book ${past.serviceName} again` });
  const staff = pastRecord.staff ? `&staff=${pastRecord.staff.id}` : "";
  await expect(again).toHaveAttribute(
    "href",
    `/book?location=loc_london&service=${pastRecord.service.id}${staff}`,
  );
  // The same extras too.
  await expect(
    section("Past").getByRole("link", { name: `Book ${pastWithExtra.serviceName} again` }),
  ).toHaveAttribute(
    "href",
    /^\/book\?location=loc_london&service=svc_full_colour&addOns=add_deep_conditioning(&|$)/,
  );
  await expect(
    section("Cancelled").getByRole("link", { name: `Book ${session.name} again` }),
  ).toHaveAttribute("href", `/classes?location=loc_london&type=${classRecord.service.id}`);
  const map = section("Upcoming").getByRole("link", {
    name: "Show Soho Studio on a map (opens in a new tab)",
  });
  await expect(map).toHaveAttribute("target", "_blank");

  const signOut = page.getByRole("button", { name: "Sign out" });
  await expect(signOut).toBeVisible();
  const signOutFollowsBookings = await page.evaluate(() => {
    const lastBooking = [...document.querySelectorAll("main article")].at(-1);
    const button = [...document.querySelectorAll("main button")].find(
      (each) => each.textContent === "Sign out",
    );
    if (!lastBooking || !button) return false;
    return Boolean(lastBooking.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(signOutFollowsBookings).toBe(true);
  await expectNoAxeViolations(page);

  await again.click();
  await expect(page.getByRole("region", { name: "Your booking so far" })).toContainText(past.serviceName);
});
