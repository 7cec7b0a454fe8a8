import type { Locator } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { waitForSlots } from "./booking-helpers";

const dayAndTime = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia";

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not laid out");
  return found;
}

// As in the best bookers: on a desktop what was chosen, the month and its free times sit side by
// side; a phone stacks them, the summary first.
test("the summary, the calendar and the free times sit side by side on a desktop and stack on a phone", async ({
  page,
  isMobile,
}) => {
  await page.goto(dayAndTime);
  await waitForSlots(page);
  const summary = await box(page.getByRole("region", { name: "Your booking so far" }));
  const calendar = await box(page.getByRole("grid", { name: /^Available days in / }));
  const times = await box(page.getByRole("heading", { level: 3, name: /^Free times on / }));
  if (isMobile) {
    expect(summary.y + summary.height).toBeLessThanOrEqual(calendar.y);
    expect(calendar.y + calendar.height).toBeLessThanOrEqual(times.y);
  } else {
    expect(summary.x + summary.width).toBeLessThanOrEqual(calendar.x);
    expect(calendar.x + calendar.width).toBeLessThanOrEqual(times.x);
    expect(times.y).toBeLessThan(summary.y + summary.height);
    expect(calendar.y).toBeLessThan(summary.y + summary.height);
  }
  await expectNoAxeViolations(page);
});

test("in Arabic the side-by-side booker reads from the right", async ({ page, isMobile }) => {
  test.skip(isMobile, "a phone stacks the booker");
  await page.goto(`${dayAndTime}&lang=ar`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const summary = await box(page.locator("section[aria-labelledby=booking-summary-heading]"));
  const calendar = await box(page.getByRole("grid"));
  expect(calendar.x + calendar.width).toBeLessThanOrEqual(summary.x);
  await expectNoAxeViolations(page);
});

// A client who adds the booking page to their home screen gets the business's name and an icon in
// its colour, as PNG where phones need it.
test("the page offers home-screen icons and a manifest in the business's colour", async ({
  page,
  request,
}) => {
  await page.goto("/book");
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(touchIcon).toBeTruthy();
  const png = await request.get(touchIcon!);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(manifestHref!)).json()) as {
    name: string;
    theme_color: string;
    icons: Array<{ src: string; sizes: string; type: string }>;
  };
  expect(manifest.name).toBe("Lotus & Lane");
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons.filter((each) => each.type === "image/png")) {
    expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
  }
  expect((await request.get("/brand-icon.png?size=13")).status()).toBe(404);
});
