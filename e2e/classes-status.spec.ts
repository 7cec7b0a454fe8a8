import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  classLinkName,
  freshPhone,
  joinWithDetails,
  moveClassToStartIn,
  timetableUrlFor,
  type SandboxClass,
  type SandboxParticipant,
} from "./classes-helpers";

// One status per class, in words: if the derivation or its inputs break, clients try to book full,
// cancelled or closed classes, or cannot tell that a class was cancelled.
test("the timetable says Full and Cancelled in words, and strikes through a cancelled class", async ({
  page,
  sandbox,
}) => {
  await page.goto(await timetableUrlFor(sandbox, "cls_yoga_full"));
  const full = page.getByRole("link", {
    name: await classLinkName(sandbox, "cls_yoga_full", "Vinyasa Yoga"),
  });
  await expect(full).toHaveAccessibleDescription("Full");
  await expect(page.getByRole("article").filter({ has: full })).toContainText("Class is full");
  await expectNoAxeViolations(page);

  await page.goto(await timetableUrlFor(sandbox, "cls_yoga_cancelled"));
  const cancelled = page.getByRole("link", {
    name: await classLinkName(sandbox, "cls_yoga_cancelled", "Vinyasa Yoga"),
  });
  await expect(cancelled).toHaveAccessibleDescription("Cancelled");
  await expect(cancelled).toHaveCSS("text-decoration-line", "line-through");
  await expectNoAxeViolations(page);
});

// The sandbox, like everything known of Whautomate, moves nobody off the waitlist by itself: the
// studio gives a freed spot, so that is all the page may promise.
const WAITLIST_PROMISE =
  "If a spot frees up, the studio decides whether to give it to you. You have a spot only once this page says you're booked.";

// A full class must say so and offer only an explicit waitlist place, which must never be
// presented as a booking, nor left as if it were one.
test("a full class offers the waitlist, says exactly where the client stands, and lets them leave it", async ({
  page,
  sandbox,
}) => {
  await page.goto("/classes/cls_yoga_full");
  await expect(page.getByText("Full", { exact: true })).toBeVisible();
  await expect(page.getByText("Class is full", { exact: true })).toBeVisible();
  await expect(page.getByText(`This class is full. ${WAITLIST_PROMISE}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Join class" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await joinWithDetails(page, "Ada Lovelace", freshPhone());
  await page.getByRole("button", { name: "Join the waitlist" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You joined the waitlist." })).toBeFocused();
  await expect(page.getByText("On the waitlist", { exact: true })).toBeVisible();
  const yourPlace = page.getByRole("region", { name: "Your place" });
  await expect(yourPlace.getByText("You're on the waitlist.", { exact: true })).toBeVisible();
  await expect(yourPlace.getByText(WAITLIST_PROMISE)).toBeVisible();
  await expect(page.getByText("Class is full", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave this class" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const participants = await sandbox.api<SandboxParticipant[]>("/v1/classes/cls_yoga_full/participants");
  const ada = participants.find((participant) => participant.client.fullName === "Ada Lovelace");
  expect(ada?.status).toBe("Waitlisted");
  expect((await sandbox.api<SandboxClass>("/v1/classes/cls_yoga_full")).bookedParticipants).toBe(3);

  await page.getByRole("button", { name: "Leave the waitlist" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave the waitlist for Vinyasa Yoga?" });
  await expect(dialog).toContainText("If a spot frees up, you will no longer be in line for it.");
  await expect(dialog.getByRole("button", { name: "Stay on the waitlist" })).toBeFocused();
  await expect(dialog.getByRole("button", { name: "Leave class" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Leave the waitlist" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have left the waitlist." })).toBeFocused();
  await expect(page.getByRole("button", { name: /^Join the waitlist/ })).toBeVisible();
  const after = await sandbox.api<SandboxParticipant[]>("/v1/classes/cls_yoga_full/participants");
  expect(after.find((participant) => participant.id === ada?.id)?.status).toBe("Cancelled");
});

// A cancelled class stays visible (struck through) but can never be joined.
test("a cancelled class is shown struck through with no way to join", async ({ page }) => {
  await page.goto("/classes/cls_yoga_cancelled");
  const title = page.getByRole("heading", { level: 1, name: "Vinyasa Yoga" });
  await expect(title).toHaveCSS("text-decoration-line", "line-through");
  await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(page.getByText("The studio has cancelled this class.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Join/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// The booking cut-off and the start close a class to new clients even while spots are left.
test("booking closes at the studio's cut-off and a started class cannot be joined", async ({
  page,
  sandbox,
}) => {
  // London classes close online booking 60 minutes before the start.
  await moveClassToStartIn(sandbox, "cls_london_pilates_01", 30);
  await page.goto("/classes/cls_london_pilates_01");
  await expect(page.getByText("Booking closed", { exact: true })).toBeVisible();
  await expect(page.getByText(/Online booking closed 1 hour before the start/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Join/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await moveClassToStartIn(sandbox, "cls_london_pilates_01", -10);
  await page.goto("/classes/cls_london_pilates_01");
  await expect(page.getByText("Started", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Join/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// Someone already in the class must hear so, not get a second place or a vague error.
test("entering the details of a client who is already booked says so", async ({ page, sandbox }) => {
  await page.goto("/classes/cls_pilates_last_spot");
  await joinWithDetails(page, "Emma Clarke", "07700 900101");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "You're already booked in this class." }),
  ).toBeFocused();
  await expect(page.getByText("1 of 4 spots left")).toBeVisible();
  expect((await sandbox.api<SandboxClass>("/v1/classes/cls_pilates_last_spot")).bookedParticipants).toBe(3);
  await expectNoAxeViolations(page);
});

// Leaving late may cost the client money: the warning must show inside the window, and the safe
// choice must keep the spot.
test("leaving inside the late-cancel window warns, and Keep my spot keeps it", async ({ page, sandbox }) => {
  await moveClassToStartIn(sandbox, "cls_pilates_last_spot", 3 * 60);
  await page.goto("/classes/cls_pilates_last_spot");
  await joinWithDetails(page, "Alan Turing", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByText("Booked ✓", { exact: true })).toBeVisible();

  const leave = page.getByRole("button", { name: "Leave this class" });
  await leave.click();
  const dialog = page.getByRole("dialog", { name: "Leave Mat Pilates?" });
  await expect(dialog).toContainText(
    "You're leaving less than 12 hours before the start; the studio may still charge you.",
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep my spot" }).click();
  await expect(dialog).toBeHidden();
  await expect(leave).toBeFocused();

  await leave.click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Booked ✓", { exact: true })).toBeVisible();
  const participants = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_pilates_last_spot/participants",
  );
  expect(participants.find((participant) => participant.client.fullName === "Alan Turing")?.status).toBe(
    "Booked",
  );
});

// A removed class or a mistyped link must land on a plain "not found", never an error page.
test("an unknown class is reported as not found", async ({ page }) => {
  const response = await page.goto("/classes/cls_does_not_exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
