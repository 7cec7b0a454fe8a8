import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  classLinkName,
  freshPhone,
  joinWithDetails,
  setClassCapacity,
  timetableUrlFor,
  type SandboxClass,
  type SandboxParticipant,
} from "./classes-helpers";
import { createClient, signInAs } from "./sign-in-helpers";

// London classes close online booking 60 minutes before the start and charge a leave inside 12 hours.
const LONDON_TERMS =
  "Booking closes 1 hour before the start. You can leave without charge up to 12 hours before.";

// The core journey: timetable → class → join with name and phone → leave with a reason. If this
// breaks, nobody can take or give up a spot, and the upstream would not show the change. The price
// and the terms must be read before joining, not discovered after.
test("a visitor takes the last spot of a class and gives it up again", async ({ page, sandbox }) => {
  await page.goto(await timetableUrlFor(sandbox, "cls_pilates_last_spot"));
  const inTimetable = page.getByRole("link", {
    name: await classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates"),
  });
  await expect(inTimetable).toHaveAccessibleDescription("Available");
  await inTimetable.click();

  await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
  await expect(page.getByText("1 of 4 spots left")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^£15\.00$/ })).toBeVisible();
  const joinPanel = page.getByRole("region", { name: "Take a spot" });
  await expect(joinPanel.getByText("£15.00 · with Amelia Hart · Soho Studio")).toBeVisible();
  await expect(joinPanel.getByText(LONDON_TERMS)).toBeVisible();
  await expectNoAxeViolations(page);

  const phone = freshPhone();
  await joinWithDetails(page, "Grace Hopper", phone);
  await page.getByRole("button", { name: "Join class" }).click();

  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();
  await expect(page.getByText("Class is full", { exact: true })).toBeVisible();
  await expect(page.getByText("Booked ✓", { exact: true })).toBeVisible();
  // Once booked, only when leaving stops being free still matters.
  const yourPlace = page.getByRole("region", { name: "Your place" });
  await expect(yourPlace.getByText("You can leave without charge up to 12 hours before.")).toBeVisible();
  await expect(yourPlace.getByText(/Booking closes/)).toHaveCount(0);
  await expect(yourPlace.getByRole("link", { name: "Download calendar file (.ics)" })).toBeVisible();
  await expectNoAxeViolations(page);

  const afterJoin = await sandbox.api<SandboxClass>("/v1/classes/cls_pilates_last_spot");
  expect(afterJoin.bookedParticipants).toBe(4);
  const participants = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_pilates_last_spot/participants",
  );
  const grace = participants.find((participant) => participant.client.fullName === "Grace Hopper");
  expect(grace?.status).toBe("Booked");

  // The timetable's cached week was invalidated: it now knows this visitor holds the spot.
  await page.getByRole("link", { name: "Back to the timetable" }).click();
  await expect(inTimetable).toHaveAccessibleDescription("Booked ✓");
  await expect(page.getByRole("article").filter({ has: inTimetable })).toContainText("Class is full");
  await inTimetable.click();

  await page.getByRole("button", { name: "Leave this class" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave Mat Pilates?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep my spot" })).toBeFocused();
  await expect(dialog).toContainText("Your spot will go to someone else.");
  await expectNoAxeViolations(page);
  await dialog.getByLabel("Reason").fill("Working late");
  await dialog.getByRole("button", { name: "Leave class" }).click();

  await expect(page.getByRole("status").filter({ hasText: "You have left this class" })).toBeVisible();
  await expect(page.getByText("1 of 4 spots left")).toBeVisible();
  const afterLeave = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_pilates_last_spot/participants",
  );
  expect(afterLeave.find((participant) => participant.id === grace?.id)).toMatchObject({
    status: "Cancelled",
    cancellationReason: "Working late",
  });
  await expectNoAxeViolations(page);

  // Back and forward show the spot given up, not the pages as they were before leaving.
  await page.goBack();
  await expect(inTimetable).toHaveAccessibleDescription("Available");
  await expect(page.getByRole("article").filter({ has: inTimetable })).toContainText("1 of 4 spots left");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
  await expect(page.getByText("1 of 4 spots left")).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave this class" })).toHaveCount(0);
  await expect(page.getByText("Booked ✓", { exact: true })).toHaveCount(0);
});

// A client this device knows joins in one tap, as the same upstream client; "Not you?" must let
// someone else on a shared device enter their own details, and forget the one it knew. Details typed here prove no phone:
// the button shows only the name typed here, never the name on file (stored-name-privacy.spec.ts).
test("a known client joins in one tap, and Not you? asks for other details", async ({ page, sandbox }) => {
  await page.goto("/classes/cls_london_pilates_01");
  await joinWithDetails(page, "Grace Hopper", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();
  await page.goto("/classes/cls_london_yoga_evening_01");
  await expect(page.getByLabel("Full name")).toHaveCount(0);
  await page.getByRole("button", { name: "Join as Grace Hopper" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();
  await expectNoAxeViolations(page);
  const first = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_london_yoga_evening_01/participants",
  );
  expect(first.find((participant) => participant.client.fullName === "Grace Hopper")?.status).toBe("Booked");

  const client = await createClient(sandbox, "Ada Lovelace");
  await signInAs(page, sandbox, client);
  await page.goto("/classes/cls_london_yoga_evening_02");
  await expect(page.getByLabel("Full name")).toHaveCount(0);
  await page.getByRole("button", { name: "Join as Ada Lovelace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();
  const second = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_london_yoga_evening_02/participants",
  );
  expect(second.find((participant) => participant.client.id === client.id)?.status).toBe("Booked");

  await page.goto("/classes/cls_london_yoga_saturday_01");
  await page.getByRole("button", { name: "Not you? Enter other details" }).click();
  await expect(page.getByLabel("Full name")).toBeVisible();
  await expect(page.getByRole("button", { name: "Join class" })).toBeVisible();

  // The device has forgotten Ada: the next person here is a stranger, on this class and the last.
  await page.reload();
  await expect(page.getByLabel("Full name")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Join as / })).toHaveCount(0);
  await page.goto("/classes/cls_london_yoga_evening_02");
  await expect(page.getByRole("button", { name: "Leave this class" })).toHaveCount(0);
});

const ONLINE_LINK = "https://meet.example.com/bandra-guided-meditation";

/** The .ics file behind the page's download link, as this visitor's browser would get it. */
async function calendarFile(page: Page) {
  const ics = page.getByRole("link", { name: "Download calendar file (.ics)" });
  await expect(ics).toHaveAttribute("download", "");
  const response = await page.request.get(new URL((await ics.getAttribute("href"))!, page.url()).toString());
  expect(response.headers()["content-type"]).toContain("text/calendar");
  return response.text();
}

async function googleDetails(page: Page) {
  const google = page.getByRole("link", { name: "Add to Google Calendar (opens in a new tab)" });
  return new URL((await google.getAttribute("href"))!).searchParams.get("details") ?? "";
}

// The online link is what an online class is sold for: a participant's calendar entry must carry
// it (or they cannot get in from their calendar), and a waitlisted client's must not (or they get
// in without a spot).
test("a participant's calendar entry carries the online link, a waitlisted client's does not", async ({
  page,
  sandbox,
}) => {
  await page.goto("/classes/cls_meditation_online");
  await joinWithDetails(page, "Ada Lovelace", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Add to your calendar" })).toBeVisible();
  await expectNoAxeViolations(page);

  const session = await sandbox.api<SandboxClass>("/v1/classes/cls_meditation_online");
  const booked = await calendarFile(page);
  expect(booked).toContain("SUMMARY:Guided Meditation (Online) at Lotus & Lane");
  expect(booked).toContain(`DTSTART:${session.startTimeUTC.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
  expect(booked.replace(/\r\n /g, "")).toContain(ONLINE_LINK);
  expect(booked).toContain("Passcode: 482913");
  expect(await googleDetails(page)).toContain(ONLINE_LINK);

  // Filled up, the class offers the next visitor only the waitlist.
  await setClassCapacity(sandbox, "cls_meditation_online", session.bookedParticipants);
  await page.context().clearCookies();
  await page.goto("/classes/cls_meditation_online");
  await joinWithDetails(page, "Grace Hopper", freshPhone());
  await page.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(page.getByText("You're on the waitlist.", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the class link" })).toHaveCount(0);
  const waitlisted = await calendarFile(page);
  expect(waitlisted).toContain("SUMMARY:Waitlist: Guided Meditation (Online) at Lotus & Lane");
  expect(waitlisted).not.toContain("meet.example.com");
  expect(waitlisted).not.toContain("482913");
  expect(await googleDetails(page)).not.toContain("meet.example.com");
  await expectNoAxeViolations(page);

  // A visitor with no place gets no calendar file for it.
  await page.context().clearCookies();
  const stranger = await page.request.get(
    new URL("/classes/cls_meditation_online/calendar.ics", page.url()).toString(),
  );
  expect(stranger.status()).toBe(404);
});
