import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations } from "./fixtures";
import { appFrame, expectFrameFitsContent, hostEvents, inlineSnippet, test } from "./embed-helpers";
import { appUrl } from "./ports";

const popupPage = `<p><a href="#hours">Opening hours</a></p>
<button type="button" data-booking-popup="/classes" data-theme="light">Book a class</button>
<p id="hours">Tuesday to Saturday, 9 to 6.</p>
<script src="${appUrl}/embed.js" async></script>`;

async function openWithKeyboard(page: Page, key: "Enter" | " ") {
  const trigger = page.getByRole("button", { name: "Book a class" });
  await page.waitForFunction(() =>
    Boolean((window as { __bookingEmbed?: { popup?: boolean } }).__bookingEmbed?.popup),
  );
  await trigger.focus();
  await page.keyboard.press(key);
  const dialog = page.getByRole("dialog", { name: "Online booking" });
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  return { trigger, dialog };
}

/** Where focus is on the host page: inside the popup (its Close button or its frame) or somewhere else. */
function hostFocus(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return "nowhere";
    return active.closest('[role="dialog"]') ? active.tagName.toLowerCase() : `outside: ${active.outerHTML}`;
  });
}

// Keyboard users must be able to open the popup, stay inside it while it is open (the page behind is
// out of reach), close it with Escape from inside the app's frame or from the Close button, and land
// back on the button that opened it. If this breaks they are trapped, or lost on the page behind.
test("the popup opens from the keyboard, keeps focus inside and gives it back when closed", async ({
  page,
  hostSite,
}) => {
  await page.goto(hostSite.show(popupPage));
  const { trigger, dialog } = await openWithKeyboard(page, "Enter");
  const frameElement = dialog.locator("iframe");
  const frame = frameElement.contentFrame();
  await expect(frame.getByRole("heading", { level: 1, name: "Classes" })).toBeVisible();
  // The timetable has settled on the week it opens on (from today on, or the next with classes).
  await expect(frame.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole("main")).toHaveJSProperty("inert", true);
  await expect(page.locator("html")).toHaveCSS("overflow", "hidden");
  await expectNoAxeViolations(page);

  // Backwards from Close goes into the frame, never to the page behind.
  await page.keyboard.press("Shift+Tab");
  expect(await hostFocus(page)).toBe("iframe");

  // Forwards through everything in the app and past its end: focus stays in the popup (or passes
  // through the browser's own controls, "nowhere" on the page) and comes back round to Close.
  await page.getByRole("button", { name: "Close" }).focus();
  const inFrame = await appFrame(frameElement);
  let reachedTheApp = false;
  let cameBackToClose = false;
  // A bound, not a count: a week with many classes has many links.
  for (let presses = 0; presses < 200 && !cameBackToClose; presses++) {
    await page.keyboard.press("Tab");
    const focus = await hostFocus(page);
    expect(focus).toMatch(/^(button|iframe|nowhere)$/);
    reachedTheApp ||= await inFrame.evaluate(() => document.activeElement?.tagName === "A");
    cameBackToClose = reachedTheApp && focus === "button";
  }
  expect(reachedTheApp).toBe(true);
  expect(cameBackToClose).toBe(true);

  // Escape pressed inside the app closes the popup.
  await frame.getByRole("link").first().focus();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(page.getByRole("main")).toHaveJSProperty("inert", false);

  // Space opens it too; Escape on the Close button closes it.
  await openWithKeyboard(page, " ");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  // The Close button, from the keyboard.
  await openWithKeyboard(page, "Enter");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(page.locator("html")).not.toHaveCSS("overflow", "hidden");
});

// A click on the dimmed page around the popup closes it, as people expect of a modal.
test("a click outside the popup closes it", async ({ page, hostSite }) => {
  // Where there is an outside: a phone's popup is the whole screen.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(hostSite.show(popupPage));
  const { trigger, dialog } = await openWithKeyboard(page, "Enter");
  await expect(dialog.locator("iframe").contentFrame().getByRole("heading", { level: 1 })).toBeVisible();
  await page.mouse.click(4, 4);
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

// A business may put a timetable and a booking frame on one page, and a popup button too: each frame
// sizes itself, and events come from the frame that sent them. If this breaks, the second snippet
// resizes the first frame, or a page hears each event twice.
test("two inline frames and a popup work side by side on one page", async ({ page, hostSite }) => {
  await page.goto(
    hostSite.show(
      `${inlineSnippet("/book", { title: "Book an appointment" })}
<button type="button" data-booking-popup="/sign-in">Find my bookings</button>
${inlineSnippet("/classes", { theme: "dark", title: "Class timetable" })}`,
    ),
  );
  const booking = page.locator('iframe[title="Book an appointment"]');
  const timetable = page.locator('iframe[title="Class timetable"]');
  await expect(
    booking.contentFrame().getByRole("heading", { level: 2, name: "Choose a location" }),
  ).toBeVisible();
  await expect(timetable.contentFrame().getByRole("heading", { level: 1, name: "Classes" })).toBeVisible();
  const bookingHeight = await expectFrameFitsContent(booking);
  const timetableHeight = await expectFrameFitsContent(timetable);
  expect(timetableHeight).not.toBe(bookingHeight);
  await expect.poll(async () => (await hostEvents(page)).length).toBe(2);

  await page.getByRole("button", { name: "Find my bookings" }).click();
  const dialog = page.getByRole("dialog", { name: "Online booking" });
  await expect(dialog.locator("iframe").contentFrame().getByRole("heading", { level: 1 })).toBeVisible();
  await expect
    .poll(async () => (await hostEvents(page)).map((event) => event.type))
    .toEqual(["booking:ready", "booking:ready", "booking:ready"]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.locator("iframe")).toHaveCount(2);
  expect(await expectFrameFitsContent(booking)).toBe(bookingHeight);
});

// On a phone a popup is the whole screen, not a box with the page peeking around it; its bar names
// what it is, and the Close button's focus ring is drawn whole.
test("on a phone the popup takes the whole screen, with a titled bar", async ({ page, hostSite }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(hostSite.show(popupPage));
  const { dialog } = await openWithKeyboard(page, "Enter");
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  await expect(dialog.getByText("Online booking", { exact: true })).toBeVisible();
  const close = dialog.getByRole("button", { name: "Close" });
  const [closeBox, dialogBox] = [await close.boundingBox(), await dialog.boundingBox()];
  expect(closeBox!.x + closeBox!.width).toBeLessThanOrEqual(dialogBox!.x + dialogBox!.width - 4);
  await expectNoAxeViolations(page);
});
