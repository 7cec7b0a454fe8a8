import { expect, expectNoAxeViolations } from "./fixtures";
import { classLinkName, freshPhone, timetableUrlFor, type SandboxClass } from "./classes-helpers";
import { expectFrameFitsContent, hostEvents, inlineSnippet, test } from "./embed-helpers";

// A studio's timetable on its own site: a visitor takes the last spot of a class and gives it up
// again without leaving the page, the frame fits every state, and the page hears both without any
// personal data. If this breaks, classes cannot be joined from the studio's site, or its page never
// learns a spot was taken or freed.
test("a visitor joins and leaves a class inside the frame, and the page hears both", async ({
  page,
  sandbox,
  hostSite,
}) => {
  const session = await sandbox.api<SandboxClass & { endTimeUTC: string }>(
    "/v1/classes/cls_pilates_last_spot",
  );
  await page.goto(hostSite.show(inlineSnippet(await timetableUrlFor(sandbox, "cls_pilates_last_spot"))));
  const frameElement = page.locator('iframe[title="Online booking"]');
  const frame = frameElement.contentFrame();

  await expect(frame.getByRole("heading", { level: 1, name: "Classes" })).toBeVisible();
  const inTimetable = frame.getByRole("link", {
    name: await classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates"),
  });
  await expect(inTimetable).toBeVisible();
  const timetableHeight = await expectFrameFitsContent(frameElement);
  await expectNoAxeViolations(page);
  await inTimetable.click();

  await expect(frame.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
  await expect(frame.getByText("1 of 4 spots left")).toBeVisible();
  expect(await expectFrameFitsContent(frameElement)).not.toBe(timetableHeight);
  await frame.getByLabel("Full name").fill("Grace Hopper");
  await frame.getByRole("textbox", { name: "Mobile number" }).fill(freshPhone());
  await expectNoAxeViolations(page);
  await frame.getByRole("button", { name: "Join class" }).click();

  await expect(frame.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();
  await expect(frame.getByText("Class is full", { exact: true })).toBeVisible();
  await expectFrameFitsContent(frameElement);
  await expectNoAxeViolations(page);
  const detail = { id: session.id, start: session.startTimeUTC, end: session.endTimeUTC };
  await expect
    .poll(async () => (await hostEvents(page)).filter((event) => event.type === "booking:class-joined"))
    .toEqual([{ type: "booking:class-joined", detail: { ...detail, status: "booked" } }]);

  await frame.getByRole("button", { name: "Leave this class" }).click();
  const dialog = frame.getByRole("dialog", { name: "Leave Mat Pilates?" });
  await dialog.getByRole("button", { name: "Leave class" }).click();
  await expect(frame.getByRole("status").filter({ hasText: "You have left this class" })).toBeVisible();
  await expect(frame.getByText("1 of 4 spots left")).toBeVisible();
  await expectFrameFitsContent(frameElement);
  await expect
    .poll(async () => (await hostEvents(page)).filter((event) => event.type === "booking:class-left"))
    .toEqual([{ type: "booking:class-left", detail: { ...detail, status: "cancelled" } }]);
});
