import { expect, expectNoAxeViolations, test } from "./fixtures";
import { expectFrameFitsContent, expectFrameStep } from "./embed-helpers";

// The page a business opens to see what embedding looks like: both modes live, the code to copy, and the
// events its own page would hear. If this breaks, the first thing a business tries does not work.
test("the demo page shows the inline frame, the popup and the events the page hears", async ({ page }) => {
  await page.goto("/embed-demo");
  await expect(page.getByRole("heading", { level: 1, name: "Put booking on your website" })).toBeVisible();
  await expect(
    page.getByText(/<script src="http:\/\/localhost:\d+\/embed\.js" data-path="\/book"/),
  ).toBeVisible();

  const frameElement = page.locator('iframe[title="Online booking"]');
  await expectFrameStep(frameElement.contentFrame(), "Choose a location");
  await expectFrameFitsContent(frameElement);
  await expect(page.getByRole("log", { name: "Events received on this page" })).toContainText(
    "booking:ready",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Book a class" }).click();
  const dialog = page.getByRole("dialog", { name: "Online booking" });
  await expect(
    dialog.locator("iframe").contentFrame().getByRole("heading", { level: 1, name: "Classes" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Book a class" })).toBeFocused();
});

// A business copies the snippet from here: one button copies it whole, and the code wraps at its
// spaces rather than mid-word.
test("each snippet on the demo page has a copy button that copies it whole", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/embed-demo");
  const copy = page.getByRole("button", { name: "Copy snippet" }).first();
  await copy.click();
  await expect(page.getByText("Copied. Paste it into your website's HTML.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^<script src="http:\/\/localhost:\d+\/embed\.js" data-path="\/book"/);
  await expect(page.locator("pre").first()).toHaveCSS("overflow-wrap", "anywhere");
  await expectNoAxeViolations(page);
});
