import { expect, expectNoAxeViolations, test } from "./fixtures";
import { classLinkName, timetableUrlFor } from "./classes-helpers";
import { timeZoneField, timeZoneOptions } from "./time-zone-helpers";

const oliverConsultation = "/book?location=loc_london&service=svc_style_consultation&staff=stf_oliver";

// A client planning from abroad (or for someone elsewhere) changes the timetable's zone: every class
// must move to its time there, the URL must carry the zone so a shared link shows the same times,
// and the choice must hold on every page, the server's first HTML included, or people turn up hours
// off.
test("a zone chosen on the timetable moves its times, is in the URL and is the zone everywhere", async ({
  page,
  sandbox,
}) => {
  // Mat Pilates is at 19:15 in London: 14:15 the same day in New York, so in the same week.
  await page.goto(await timetableUrlFor(sandbox, "cls_pilates_last_spot"));
  const zone = timeZoneField(page);
  await expect(zone).toHaveValue("London, United Kingdom");
  const pilates = (timeZone?: string) =>
    classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates", timeZone).then((name) =>
      page.getByRole("link", { name }),
    );
  await expect(await pilates()).toBeVisible();

  await zone.fill("New York");
  await expect(timeZoneOptions(page).filter({ hasText: "New York, United States" })).toBeVisible();
  await timeZoneOptions(page).filter({ hasText: "New York, United States" }).click();
  await expect(await pilates("America/New_York")).toBeVisible();
  await expect(page.getByText(/Times are shown in Eastern (Standard|Daylight) Time\./)).toBeVisible();
  await expect(page).toHaveURL(/[?&]tz=America%2FNew_York/);
  await expectNoAxeViolations(page);

  await zone.fill("Not/AZone");
  await expect(page.getByText("No time zone matches “Not/AZone”. Try a city or country")).toBeVisible();
  await expect(await pilates("America/New_York")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(zone).toHaveValue("New York, United States");

  // The studio is in London, so New York in the server's HTML can only come from the remembered choice.
  const html = await (await page.request.get("/classes")).text();
  expect(html).toMatch(/Times are shown in Eastern (Standard|Daylight) Time\./);
  await page.goto("/classes");
  await expect(zone).toHaveValue("New York, United States");
  await expect(page).toHaveURL(/[?&]tz=America%2FNew_York/);

  await page.goto(oliverConsultation);
  await expect(timeZoneField(page)).toHaveValue("New York, United States");
});

// The server renders the studio's zone; a visitor's own zone takes over once the page runs. The
// classes already on screen stay, still in the studio's zone and saying so, until that zone's week
// is read, instead of blinking out behind a loading skeleton.
test.describe("viewed from New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("the server's week gives way to the visitor's zone with no loading flash", async ({
    page,
    sandbox,
  }) => {
    await page.addInitScript(() => {
      const seen = window as unknown as { classesShown?: boolean; classesEmptied?: boolean };
      new MutationObserver(() => {
        if (document.querySelector("main article")) seen.classesShown = true;
        else if (seen.classesShown) seen.classesEmptied = true;
      }).observe(document, { childList: true, subtree: true });
    });
    const inStudioZone = await timetableUrlFor(sandbox, "cls_pilates_last_spot");
    await page.goto(inStudioZone.replace(/&tz=[^&]*/, ""));

    await expect(page.getByText(/Times are shown in Eastern (Standard|Daylight) Time\./)).toBeVisible();
    const name = await classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates", "America/New_York");
    await expect(page.getByRole("link", { name })).toBeVisible();
    const seen = await page.evaluate(() => {
      const { classesShown, classesEmptied } = window as unknown as Record<string, boolean | undefined>;
      return { classesShown, classesEmptied };
    });
    expect(seen).toEqual({ classesShown: true, classesEmptied: undefined });
    await expectNoAxeViolations(page);
  });
});

// A zone picked while the timetable is slow to read again: the week stays in the zone it was read
// in, and a note over it says the times are on their way, or the choice looks ignored.
test("a zone picked while the week is slow to read says its times are on their way", async ({
  page,
  sandbox,
}) => {
  await page.goto(await timetableUrlFor(sandbox, "cls_pilates_last_spot"));
  const pilates = page.getByRole("link", {
    name: await classLinkName(sandbox, "cls_pilates_last_spot", "Mat Pilates"),
  });
  await expect(pilates).toBeVisible();

  await sandbox.hold(["GET /v1/classes"]);
  await timeZoneField(page).fill("Tokyo");
  await page.keyboard.press("Enter");
  const note = page.getByRole("status").filter({ hasText: /^Moving the times to .+…$/ });
  await expect(note).toBeVisible();
  await expect(pilates).toBeVisible();
  await expect(page.getByText(/Times are shown in (Greenwich Mean|British Summer) Time\./)).toBeVisible();
  await expectNoAxeViolations(page);

  expect(await sandbox.release()).toBeGreaterThan(0);
  await expect(note).toBeHidden();
  await expect(page.getByText(/Times are shown in (Greenwich Mean|British Summer) Time\./)).toBeHidden();
  await expect(page.getByText("Times are shown in Japan Standard Time.")).toBeVisible();
  await expect(page).toHaveURL(/[?&]tz=Asia%2FTokyo/);
});
