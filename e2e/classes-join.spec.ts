import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  classLinkName,
  freshPhone,
  joinWithDetails,
  timetableUrlFor,
  type SandboxClass,
  type SandboxParticipant,
} from "./classes-helpers";
import { createClient, signInAs } from "./sign-in-helpers";

// The core journey: timetable → class → join with name and phone → leave with a reason. If this
// breaks, nobody can take or give up a spot, and the upstream would not show the change.
test("a visitor takes the last spot of a class and gives it up again", async ({ page, sandbox }) => {
  await page.goto(await timetableUrlFor(sandbox, "cls_pilates_last_spot"));
  const inTimetable = page.getByRole("link", {
    name: await classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates"),
  });
  await expect(inTimetable).toHaveAccessibleDescription("Book");
  await inTimetable.click();

  await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
  await expect(page.getByText("1 of 4 spots left")).toBeVisible();
  await expectNoAxeViolations(page);

  const phone = freshPhone();
  await joinWithDetails(page, "Grace Hopper", phone);
  await page.getByRole("button", { name: "Join class" }).click();

  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();
  await expect(page.getByText("0 of 4 spots left")).toBeVisible();
  await expect(page.getByText("Booked ✓", { exact: true })).toBeVisible();
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
  await expect(page.getByRole("article").filter({ has: inTimetable })).toContainText("0 of 4 spots left");
  await inTimetable.click();

  await page.getByRole("button", { name: "Leave this class" }).click();
  const dialog = page.getByRole("dialog", { name: "Leave Mat Pilates?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep my spot" })).toBeFocused();
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
  await expect(inTimetable).toHaveAccessibleDescription("Book");
  await expect(page.getByRole("article").filter({ has: inTimetable })).toContainText("1 of 4 spots left");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
  await expect(page.getByText("1 of 4 spots left")).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave this class" })).toHaveCount(0);
  await expect(page.getByText("Booked ✓", { exact: true })).toHaveCount(0);
});

// A client who proved their number joins in one tap, as the same upstream client; "Not you?" must
// still let someone else on a shared device enter their own details. Joining with a name and phone
// alone proves nothing, so it must not turn into one-tap joins (or show the name on file) elsewhere.
test("a verified client joins in one tap, and Not you? asks for other details", async ({ page, sandbox }) => {
  await page.goto("/classes/cls_london_pilates_01");
  await joinWithDetails(page, "Grace Hopper", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();
  await page.goto("/classes/cls_london_yoga_evening_01");
  await expect(page.getByLabel("Full name")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Join as / })).toHaveCount(0);

  const client = await createClient(sandbox, "Ada Lovelace");
  await signInAs(page, sandbox, client);
  await page.goto("/classes/cls_london_yoga_evening_01");
  await expect(page.getByLabel("Full name")).toHaveCount(0);
  await page.getByRole("button", { name: "Join as Ada Lovelace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();
  await expectNoAxeViolations(page);
  const second = await sandbox.api<SandboxParticipant[]>(
    "/v1/classes/cls_london_yoga_evening_01/participants",
  );
  expect(second.find((participant) => participant.client.id === client.id)?.status).toBe("Booked");

  await page.goto("/classes/cls_london_yoga_saturday_01");
  await page.getByRole("button", { name: "Not you? Enter other details" }).click();
  await expect(page.getByLabel("Full name")).toBeVisible();
  await expect(page.getByRole("button", { name: "Join class" })).toBeVisible();
});
