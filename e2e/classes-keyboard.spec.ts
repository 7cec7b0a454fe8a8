import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { classLinkName, freshPhone, timetableUrlFor } from "./classes-helpers";

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it never gets it. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab", limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Focus never reached ${target.toString()}`);
}

// Keyboard-only clients must be able to find a class, join it and leave it; a mouse-only control or
// a focus trap anywhere on the way locks them out.
test("a class can be found, joined and left with the keyboard alone", async ({ page, sandbox }) => {
  await page.goto(await timetableUrlFor(sandbox, "cls_pilates_last_spot"));
  const classLink = page.getByRole("link", {
    name: await classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates"),
  });
  await expect(classLink).toBeVisible();
  await tabTo(page, classLink);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();

  await tabTo(page, page.getByLabel("Full name"));
  await page.keyboard.type("Katherine Johnson");
  await tabTo(page, page.getByRole("textbox", { name: "Mobile number" }));
  await page.keyboard.type(freshPhone());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeFocused();

  const leave = page.getByRole("button", { name: "Leave this class" });
  await tabTo(page, leave);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Leave Mat Pilates?" });
  await expect(dialog.getByRole("button", { name: "Keep my spot" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(leave).toBeFocused();

  await page.keyboard.press("Enter");
  await tabTo(page, dialog.getByLabel("Reason"), "Shift+Tab", 5);
  await page.keyboard.type("Injured my knee");
  await tabTo(page, dialog.getByRole("button", { name: "Leave class" }), "Tab", 5);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "You have left this class" })).toBeFocused();
});
