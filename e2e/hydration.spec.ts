import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pickTimeZone } from "./time-zone-helpers";

// When the browser's first render disagrees with the server's HTML, React throws the HTML away and
// renders the page again (a flash, lost typing, focus reset), and says so in the console: in a
// production build as a minified error 418. Node's ICU and Chromium's name some countries
// differently ("Hong Kong SAR China" / "Hong Kong"), which is how the phone country lists once did it.
function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  const note = (text: string) => {
    if (/hydrat|react\.dev\/errors\/4(18|19|22|23|25)\b/i.test(text)) errors.push(text);
  };
  page.on("console", (message) => {
    if (message.type() === "error") note(message.text());
  });
  page.on("pageerror", (error) => note(error.message));
  return errors;
}

/** The browser's country list names each country as the server's HTML did. */
async function expectServerCountryNames(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const serverHongKong = /<option value="HK"[^>]*>([^<]+)<\/option>/.exec(html)?.[1];
  expect(serverHongKong).toMatch(/^Hong Kong/);
  const country = page.getByRole("combobox", { name: "Country" });
  await expect(country.locator('option[value="HK"]')).toHaveText(serverHongKong!.replace(/&amp;/g, "&"));
}

test("the sign-in form hydrates as the server rendered it", async ({ page }) => {
  const errors = hydrationErrors(page);
  await page.goto("/sign-in");
  // The demo's locations are in two countries, so the number starts on the language's region.
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("US");
  await page.waitForLoadState("networkidle");
  await expectServerCountryNames(page, "/sign-in");
  expect(errors).toEqual([]);
});

test("a class's join form hydrates as the server rendered it", async ({ page }) => {
  const errors = hydrationErrors(page);
  await page.goto("/classes/cls_pilates_last_spot");
  // The form is disabled in the server's HTML and enabled once React has hydrated it.
  await expect(page.getByRole("textbox", { name: "Full name" })).toBeEnabled();
  await page.waitForLoadState("networkidle");
  await expectServerCountryNames(page, "/classes/cls_pilates_last_spot");
  expect(errors).toEqual([]);
});

/** Chooses Asia/Tokyo on the timetable, which the browser then remembers (the `tz` cookie). */
async function rememberTokyoOnTheTimetable(page: Page) {
  await page.goto("/classes");
  await pickTimeZone(page, "Tokyo", "Tokyo, Japan");
  await expect(page).toHaveURL(/[?&]tz=Asia%2FTokyo/);
}

// The timetable's first week is rendered in the zone the `tz` cookie remembers; the browser must
// hydrate it in that same zone before it switches to anything else.
test("the timetable in a remembered zone hydrates as the server rendered it", async ({ page }) => {
  await rememberTokyoOnTheTimetable(page);

  const errors = hydrationErrors(page);
  await page.goto("/classes");
  await expect(page.getByRole("combobox", { name: "Your time zone" })).toHaveValue("Tokyo, Japan");
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("a class's page opens in the remembered zone, in its first HTML too", async ({ page }) => {
  await rememberTokyoOnTheTimetable(page);

  // Shares the page's cookies: the server renders for this visitor, not for a stranger.
  const html = await (await page.request.get("/classes/cls_pilates_last_spot")).text();
  expect(html.includes("Japan Standard Time"), "the server's HTML is in the remembered zone").toBe(true);
  const errors = hydrationErrors(page);
  await page.goto("/classes/cls_pilates_last_spot");
  await expect(page.getByText("(Japan Standard Time)")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

// Every locale's dates, times, plurals and country names must read the same from Node's ICU as
// from Chromium's, or each page in that language is drawn twice.
for (const locale of ["ar", "hi", "pt-BR", "es", "en-GB", "en-IN"]) {
  test(`the timetable, a class and the free times hydrate as rendered, in ${locale}`, async ({ page }) => {
    const errors = hydrationErrors(page);
    await page.goto(`/classes?lang=${locale}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.goto("/classes/cls_pilates_last_spot");
    await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}
