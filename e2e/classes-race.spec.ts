import { expect, test, visitorAddress } from "./fixtures";
import { joinWithDetails, type SandboxClass } from "./classes-helpers";

// Two people take the last spot at once. If the app trusted its own earlier read, both would see
// a booking (or one would get an error page); the upstream decides and the loser hears "full".
test("two visitors racing for the last spot: one gets it, the other hears the class is full", async ({
  browser,
  sandbox,
}, testInfo) => {
  const visitors = await Promise.all(
    [
      { name: "Rosalind Franklin", phone: "07700 900311" },
      { name: "Dorothy Hodgkin", phone: "07700 900312" },
    ].map(async (visitor) => {
      const context = await browser.newContext({
        ...testInfo.project.use,
        baseURL: testInfo.project.use.baseURL,
        extraHTTPHeaders: { "x-forwarded-for": visitorAddress() },
      });
      const page = await context.newPage();
      await page.goto("/classes/cls_pilates_last_spot");
      await joinWithDetails(page, visitor.name, visitor.phone);
      return { context, page };
    }),
  );

  await Promise.all(visitors.map(({ page }) => page.getByRole("button", { name: "Join class" }).click()));

  const outcomes = await Promise.all(
    visitors.map(async ({ page }) => {
      const booked = page.getByRole("status").filter({ hasText: "You're booked" });
      const full = page.getByRole("alert").filter({ hasText: "This class is now full." });
      await expect(booked.or(full)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
      return (await booked.isVisible()) ? "booked" : "full";
    }),
  );
  expect([...outcomes].sort()).toEqual(["booked", "full"]);

  const loser = visitors[outcomes.indexOf("full")]!.page;
  await expect(loser.getByText("Class is full", { exact: true })).toBeVisible();
  await expect(loser.getByText("Full", { exact: true })).toBeVisible();

  const session = await sandbox.api<SandboxClass>("/v1/classes/cls_pilates_last_spot");
  expect(`${session.bookedParticipants}/${session.numberOfParticipants}`).toBe("4/4");
  await Promise.all(visitors.map(({ context }) => context.close()));
});
