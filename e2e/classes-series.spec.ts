import { expect, expectNoAxeViolations, test, type SandboxControl } from "./fixtures";
import {
  freshPhone,
  joinWithDetails,
  setClassCapacity,
  type SandboxClass,
  type SandboxParticipant,
} from "./classes-helpers";

// The seed's London Mat Pilates runs every Monday and Wednesday at 12:00, numbered in date order, so
// cls_london_pilates_01, _03, _05 and _07 are one weekly series on the same weekday.
const anchor = "cls_london_pilates_01";
const [second, third, fourth] = ["cls_london_pilates_03", "cls_london_pilates_05", "cls_london_pilates_07"];

/** Leaves a class no spot free (a seeded client takes one first if it has none taken). */
async function fillUp(sandbox: SandboxControl, classId: string) {
  const session = await sandbox.api<SandboxClass>(`/v1/classes/${classId}`);
  if (session.bookedParticipants === 0) {
    await sandbox.api(`/v1/classes/${classId}/participants/add`, {
      method: "POST",
      body: { client: { id: "cli_harry" } },
    });
  }
  await setClassCapacity(sandbox, classId, Math.max(1, session.bookedParticipants));
}

async function placeOf(sandbox: SandboxControl, classId: string, fullName: string) {
  const participants = await sandbox.api<SandboxParticipant[]>(`/v1/classes/${classId}/participants`);
  return participants.find((participant) => participant.client.fullName === fullName)?.status ?? null;
}

// Regulars book a weekly class for weeks ahead; each date must say what became of it (booked, full…)
// and stay its own booking, so leaving one date leaves only that date.
test("a client books the next weeks of a weekly class in one go, date by date", async ({ page, sandbox }) => {
  await fillUp(sandbox, third);
  await page.goto(`/classes/${anchor}`);
  const series = page.getByRole("region", { name: "Book more weeks" });
  await expect(series).toContainText("Take a spot in this one first");
  const dates = series.getByRole("group", { name: "Dates to book" }).getByRole("checkbox");
  await expect(dates).toHaveCount(3);
  for (const date of await dates.all()) await expect(date).toBeDisabled();
  await expect(series.getByRole("button")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await joinWithDetails(page, "Ada Lovelace", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();
  // Two open dates, and the full one on its waitlist unless the client says otherwise.
  await expect(series.getByRole("button", { name: "Book 3 dates" })).toBeVisible();
  await expect(dates.nth(1)).toHaveAccessibleName(/Full: you can join the waitlist$/);
  await series.getByRole("checkbox", { name: "Join the waitlist on full dates" }).uncheck();
  await expect(dates.nth(1)).toBeDisabled();
  await expect(series.getByRole("button", { name: "Book 2 dates" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The last date fills up while the client decides: it is said, not hidden.
  await fillUp(sandbox, fourth);
  await series.getByRole("button", { name: "Book 2 dates" }).click();
  const results = series.getByRole("status");
  await expect(results).toBeFocused();
  await expect(results.getByRole("listitem")).toHaveCount(2);
  await expect(results.getByRole("listitem").first()).toContainText("Booked");
  await expect(results.getByRole("listitem").last()).toContainText("Full, not booked");
  await expect(dates.first()).toHaveAccessibleName(/Booked ✓$/);
  await expectNoAxeViolations(page);
  expect(await placeOf(sandbox, second, "Ada Lovelace")).toBe("Booked");
  expect(await placeOf(sandbox, third, "Ada Lovelace")).toBeNull();
  expect(await placeOf(sandbox, fourth, "Ada Lovelace")).toBeNull();

  // Leaving one date leaves only that date.
  await page.goto(`/classes/${second}`);
  await page.getByRole("button", { name: "Leave this class" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^Leave/ })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "You have left this class" })).toBeVisible();
  expect(await placeOf(sandbox, second, "Ada Lovelace")).toBe("Cancelled");
  expect(await placeOf(sandbox, anchor, "Ada Lovelace")).toBe("Booked");
});

// The series is read on its own after the page: a failed read must say so and offer a retry, not
// leave the panel silently missing.
test("a failed read of the next dates says so and is retried in place", async ({ page }) => {
  // Two: the first read and the one retry every read gets before it counts as failed.
  let failures = 2;
  await page.route("**/api/classes/*/series", (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: "" }) : route.fallback(),
  );
  await page.goto(`/classes/${anchor}`);
  const alert = page.getByRole("alert").filter({ hasText: "We could not load this class's next dates." });
  await expect(alert).toBeVisible();
  await expectNoAxeViolations(page);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("region", { name: "Book more weeks" })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
