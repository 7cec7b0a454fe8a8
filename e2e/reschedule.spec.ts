import type { Page } from "@playwright/test";
import { chosenInstant, expectStep, waitForSlots } from "./booking-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { bookAppointment, createClient, londonWallTime, signInAs, useOwnIp } from "./sign-in-helpers";

interface UpstreamAppointment {
  id: string;
  status: string;
  startTimeUTC: string;
  staff: { id: string } | null;
  service: { id: string };
}

/** Checks the day's free times, takes the last one and answers its instant, at the confirm step. */
async function takeLastTime(page: Page): Promise<string> {
  await waitForSlots(page);
  await expectNoAxeViolations(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .last()
    .click();
  await expectStep(page, "Confirm the new time");
  return chosenInstant(page);
}

// Moving an appointment: the same slot picker for the same service, staff and location, a
// confirmation with the old time struck through, and the move visible at the upstream. If this
// breaks, clients can only cancel and rebook, losing the staff member they had.
test("a client moves their appointment to another free time", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Rescheduling Rita");
  const booked = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 4 });
  const before = await sandbox.api<UpstreamAppointment>(`/v1/appointments/${booked.id}`);
  await signInAs(page, sandbox, client);

  await page.getByRole("link", { name: new RegExp(`^Reschedule ${booked.serviceName} on`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Move your appointment" })).toBeVisible();
  await expectStep(page, "Choose a day and time");
  // The time being given up stays in sight while a new one is chosen.
  const summary = page.getByRole("region", { name: "Your booking so far" });
  await expect(summary.getByText("Currently")).toBeVisible();
  await expect(summary.locator("time")).toHaveAttribute("datetime", booked.startsAt);
  await expect(page.getByRole("link", { name: /change service/i })).toHaveCount(0);
  const target = await takeLastTime(page);
  await expect(page.locator("dd.line-through time")).toHaveAttribute("datetime", booked.startsAt);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Move my appointment" }).click();
  await expect(page).toHaveURL(new RegExp(`/bookings/${booked.id}\\?`));
  // One message says what happened; nothing else claims a new booking.
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Moved to / })).toBeVisible();
  await expect(page.getByText("You're booked")).toHaveCount(0);
  await expect(page.getByText(/is confirmed/)).toHaveCount(0);
  await expect(page.locator("del")).toContainText("Previously");
  await expectNoAxeViolations(page);

  const after = await sandbox.api<UpstreamAppointment>(`/v1/appointments/${booked.id}`);
  expect(after).toMatchObject({ status: "Rescheduled", startTimeUTC: target });
  expect(after.staff?.id).toBe(before.staff?.id);
  expect(after.service.id).toBe(before.service.id);
});

// Nobody moves what isn't theirs, and the answer doesn't say whether the booking exists.
test("another client's appointment cannot be opened for rescheduling", async ({ page, sandbox }) => {
  const owner = await createClient(sandbox, "Owner Olga");
  const theirs = await bookAppointment(sandbox, owner, { hoursFromNow: 24 * 4 });
  const intruder = await createClient(sandbox, "Intruder Ivan");
  await signInAs(page, sandbox, intruder);

  // The journey streams behind a loading skeleton, so the answer is the not-found page (not a 404
  // status), the same for someone else's appointment as for one that does not exist.
  await page.goto(`/book?reschedule=${theirs.id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const theirsPage = await page.getByRole("main").innerText();
  await page.goto("/book?reschedule=apt_does_not_exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(await page.getByRole("main").innerText()).toBe(theirsPage);
  expect((await sandbox.api<UpstreamAppointment>(`/v1/appointments/${theirs.id}`)).startTimeUTC).toBe(
    theirs.startsAt,
  );
});

test("without a session the page says how to sign in", async ({ page, sandbox }) => {
  const owner = await createClient(sandbox, "Owner Omar");
  const theirs = await bookAppointment(sandbox, owner, { hoursFromNow: 24 * 4 });
  await useOwnIp(page);
  await page.goto(`/book?reschedule=${theirs.id}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Please sign in to change this booking",
  );
  await expect(page.getByRole("link", { name: "Find my bookings" })).toHaveAttribute("href", "/bookings");
  await expectNoAxeViolations(page);
});

// Inside the notice window the policy is stated instead of a button that would fail.
test("an appointment inside the notice window is not offered for rescheduling", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Late Lena");
  const soon = await bookAppointment(sandbox, client, { hoursFromNow: 5 });
  await signInAs(page, sandbox, client);
  await expect(page.getByRole("link", { name: new RegExp(`^Reschedule ${soon.serviceName}`) })).toHaveCount(
    0,
  );

  await page.goto(`/book?reschedule=${soon.id}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("can no longer be moved online");
  await expectNoAxeViolations(page);
});

// A reschedule link whose new time is not free must say so on arrival with the nearest free times,
// not offer "Move my appointment" for a time that can only be refused.
test("a reschedule link to a time that is not free offers the nearest free times instead", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Linked Lou");
  const booked = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 4 });
  await signInAs(page, sandbox, client);
  // Midnight in London: no one works then.
  const midnight = new Date(Date.parse(booked.startsAt) + 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/book?reschedule=${booked.id}&tz=Europe/London&time=${midnight}T00:00:00.000Z`);
  await expectStep(page, "Confirm the new time");
  await expect(page.getByRole("alert").filter({ hasText: "isn't available" })).toContainText(
    "Here are the nearest free times:",
  );
  await expect(page.getByRole("button", { name: "Move my appointment" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page
    .getByRole("button", { pressed: false })
    .filter({ hasText: /\d:\d\d/ })
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Move my appointment" })).toBeVisible();
});

// Moving keeps what was booked: the extras stay on the appointment, and the times offered are read
// for the whole length, or the moved appointment would overrun into the next client's.
test("a moved appointment keeps its extras and its whole length", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Extras Esme");
  const { date, time } = londonWallTime(24 * 4);
  const booked = await sandbox.api<UpstreamAppointment>("/v1/appointments", {
    method: "POST",
    body: {
      client: { id: client.id },
      location: { id: "loc_london" },
      service: { id: "svc_full_colour" },
      staff: { id: "stf_amelia" },
      addOnServices: [{ id: "add_deep_conditioning" }],
      date,
      time,
      timezone: "Europe/London",
      overrideTimeSlotValidation: true,
    },
  });
  await signInAs(page, sandbox, client);
  await expect(page.getByRole("article", { name: "Full Colour" })).toContainText(
    "Extras: Deep Conditioning Treatment. Total: 1 hr 45 min · £140.00",
  );

  const monthReads: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/availability/month")) monthReads.push(request.url());
  });
  await page.getByRole("link", { name: /^Reschedule Full Colour on/ }).click();
  await expectStep(page, "Choose a day and time");
  const summary = page.getByRole("region", { name: "Your booking so far" });
  await expect(summary).toContainText("Deep Conditioning Treatment");
  await expect(summary.getByRole("link", { name: "Change extras" })).toHaveCount(0);
  const target = await takeLastTime(page);
  await page.getByRole("button", { name: "Move my appointment" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Moved to / })).toBeVisible();

  for (const url of monthReads) expect(new URL(url).searchParams.get("addOns")).toBe("add_deep_conditioning");
  const after = await sandbox.api<
    UpstreamAppointment & { endTimeUTC: string; addOnServices: { id: string }[] }
  >(`/v1/appointments/${booked.id}`);
  expect(after).toMatchObject({ startTimeUTC: target, addOnServices: [{ id: "add_deep_conditioning" }] });
  expect(Date.parse(after.endTimeUTC) - Date.parse(target)).toBe(105 * 60_000);
});
