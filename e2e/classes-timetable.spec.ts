import { expect, expectNoAxeViolations, test } from "./fixtures";
import { mondayOfInstant, showFilters, timetableUrlFor, type SandboxClass } from "./classes-helpers";

const anyClass = /^.+, \w+day, \w+ \d+, \d{1,2}:\d{2}\s[AP]M$/;

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

// The URL is the timetable's state: if week or filters stopped being written to it, a reload, the
// back button or a shared link would land somewhere else.
test("weeks and filters live in the URL and survive reload, back and forward", async ({ page }) => {
  await page.goto("/classes");
  await expect(page).toHaveURL(/[?&]tz=Europe%2FLondon/);
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  // It opens on this week, or on the next with classes when nothing is left of this one.
  const opened =
    new URL(page.url()).searchParams.get("week") ??
    mondayOfInstant(new Date().toISOString(), "Europe/London");
  const nextWeek = addDays(opened, 7);
  const heading = page.getByRole("heading", { level: 2, name: /^Week of / });
  const thisWeekHeading = await heading.textContent();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Next week" }).click();
  await expect(page).toHaveURL(new RegExp(`week=${nextWeek}`));
  await expect(heading).not.toHaveText(thisWeekHeading ?? "");
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();

  await showFilters(page);
  await page.getByLabel("Location").selectOption({ label: "Bandra Clinic" });
  await expect(page).toHaveURL(/location=loc_mumbai/);
  await expect(page.getByRole("article").filter({ hasText: "Soho Studio" })).toHaveCount(0);
  await expect(page.getByRole("article").filter({ hasText: "Bandra Clinic" }).first()).toBeVisible();
  // Instructor and type choices narrow to the chosen location.
  await expect(page.getByLabel("Class type").getByRole("option")).toHaveText([
    "All",
    "Guided Meditation (Online)",
    "Sunrise Yoga",
  ]);
  await page.getByLabel("Class type").selectOption({ label: "Sunrise Yoga" });
  await expect(page).toHaveURL(/type=svc_sunrise_yoga/);
  await expect(page.getByRole("article").filter({ hasText: "Guided Meditation" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goBack();
  await expect(page.getByLabel("Class type")).toHaveValue("");
  await expect(page.getByLabel("Location")).toHaveValue("loc_mumbai");
  await page.goBack();
  await expect(page.getByLabel("Location")).toHaveValue("");
  await page.goBack();
  await expect(heading).toHaveText(thisWeekHeading ?? "");
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`week=${nextWeek}`));
  await expect(heading).not.toHaveText(thisWeekHeading ?? "");

  await page.getByRole("link", { name: "Today" }).click();
  await expect(heading).toHaveText(thisWeekHeading ?? "");

  await page.getByRole("link", { name: "Next week" }).click();
  await showFilters(page);
  await page.getByLabel("Instructor").selectOption({ label: "Oliver Reed" });
  await expect(page).toHaveURL(/instructor=stf_oliver/);
  await page.reload();
  await expect(page.getByLabel("Instructor")).toHaveValue("stf_oliver");
  await expect(heading).not.toHaveText(thisWeekHeading ?? "");
  await expect(page.getByRole("article").filter({ hasText: "with Oliver Reed" }).first()).toBeVisible();
  await expect(page.getByRole("article").filter({ hasNotText: "with Oliver Reed" })).toHaveCount(0);
});

// On a phone the next classes must be on the first screen, not under the controls: the week is a
// strip of days that leads to each, and the filters fold behind one button that counts them.
test("on a phone the first class is on the first screen, with a day strip and folded filters", async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, "the phone layout");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/classes?tz=Europe%2FLondon");
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeInViewport({ ratio: 1 });
  await expect(page.getByLabel("Location")).toBeHidden();

  const days = page.getByRole("navigation", { name: "Days this week" }).getByRole("link");
  const lastDay = days.last();
  const date = (await lastDay.getAttribute("aria-label"))!.replace(/: \d+ class(es)?$/, "");
  await lastDay.click();
  await expect(page.getByRole("heading", { level: 3, name: date })).toBeInViewport();
  await expectNoAxeViolations(page);

  const filters = page.getByRole("button", { name: "Filters", exact: true });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await filters.click();
  await page.getByLabel("Instructor").selectOption({ label: "Oliver Reed" });
  await expect(page).toHaveURL(/instructor=stf_oliver/);
  await expect(page.getByRole("button", { name: "Filters (1)" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("article").filter({ hasNotText: "with Oliver Reed" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// A bad or stale shared link must still show a timetable, not an error.
test("unusable URL parameters are skipped", async ({ page }) => {
  await page.goto("/classes?week=2026-02-31&location=loc_nowhere&tz=Mars%2FOlympus&type=%3Cscript%3E");
  await expect(page.getByLabel("Location")).toHaveValue("");
  await expect(page.getByRole("heading", { level: 2, name: /^Week of / })).toBeVisible();
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
});

// Clients abroad must see times in their own zone, with the studio's time alongside; a zone bug
// makes people arrive an hour (or five and a half) wrong.
test("times follow the client's zone and name the studio's time when it differs", async ({
  page,
  sandbox,
}) => {
  const { startTimeUTC } = await sandbox.api<SandboxClass>("/v1/classes/cls_pilates_last_spot");
  const clock = (timeZone: string, extra: Intl.DateTimeFormatOptions = {}) =>
    new Intl.DateTimeFormat("en", { timeZone, hour: "numeric", minute: "2-digit", ...extra }).format(
      new Date(startTimeUTC),
    );
  const studioTime = `${clock("Europe/London", { timeZoneName: "short" })} at the studio`;

  await page.goto(await timetableUrlFor(sandbox, "cls_pilates_last_spot", "Asia/Kolkata"));
  await expect(page.getByText("Times are shown in India Standard Time.")).toBeVisible();
  const pilates = page.getByRole("article").filter({ hasText: studioTime.replace(/\s/g, " ") });
  await expect(pilates.first()).toBeVisible();
  await expect(pilates.first().getByRole("link")).toHaveAccessibleName(
    new RegExp(`, ${clock("Asia/Kolkata").replace(/\s/g, "\\s")}$`),
  );
  const mumbai = page.getByRole("article").filter({ hasText: "Bandra Clinic" }).first();
  await expect(mumbai).not.toContainText("at the studio");
});

// A client must never conclude there are no classes: the timetable opens on today and the days
// after it, past weeks are not offered, and an empty week points to the next one with classes.
test("the timetable opens on what is next, never on the past", async ({ page, sandbox }) => {
  const thisWeek = mondayOfInstant(new Date().toISOString(), "Europe/London");
  await page.goto("/classes?tz=Europe%2FLondon");
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  const opened = new URL(page.url()).searchParams.get("week");
  if (opened === null) {
    // This week, from today: no day before today is shown (today itself only when it has classes).
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
    const firstDay = await page.getByRole("heading", { level: 3 }).first().getAttribute("id");
    expect(firstDay! >= `day-${today}`).toBe(true);
  } else {
    // Nothing was left of this week: it went on to the next week with classes.
    expect(opened > thisWeek).toBe(true);
  }

  await page.goto(`/classes?week=${addDays(thisWeek, -21)}&tz=Europe%2FLondon`);
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`week=${addDays(thisWeek, -21)}`));
  await expect(page.getByText("Nothing is scheduled", { exact: false })).toHaveCount(0);

  // Arjun's one class, three weeks ahead: with nothing of his before, the timetable goes there.
  const inThreeWeeks = addDays(thisWeek, 23);
  await sandbox.api("/v1/classes/cls_sunrise_last_spot", {
    method: "PUT",
    body: { date: inThreeWeeks, time: "08:30", timezone: "Asia/Kolkata" },
  });
  await page.goto("/classes?tz=Europe%2FLondon&instructor=stf_arjun");
  await expect(page).toHaveURL(new RegExp(`week=${addDays(thisWeek, 21)}`));
  await expect(page.getByRole("link", { name: /^Sunrise Yoga/ })).toBeVisible();
});

test("an empty week points to the next week with classes, and filters can be cleared", async ({
  page,
  sandbox,
}) => {
  const thisWeek = mondayOfInstant(new Date().toISOString(), "Europe/London");
  await sandbox.api("/v1/classes/cls_sunrise_last_spot", {
    method: "PUT",
    body: { date: addDays(thisWeek, 23), time: "08:30", timezone: "Asia/Kolkata" },
  });
  await page.goto(`/classes?week=${addDays(thisWeek, 7)}&tz=Europe%2FLondon&instructor=stf_arjun`);
  await expect(page.getByText("No classes match your filters this week.")).toBeVisible();
  const jump = page.getByRole("link", { name: /^Show the next week with classes/ });
  await expect(jump).toBeVisible();
  await expectNoAxeViolations(page);
  await jump.click();
  await expect(page).toHaveURL(new RegExp(`week=${addDays(thisWeek, 21)}`));
  await expect(page.getByRole("link", { name: /^Sunrise Yoga/ })).toBeVisible();

  await page.goto("/classes?tz=Europe%2FLondon&type=svc_mat_pilates&instructor=stf_oliver");
  await expect(page.getByText("No classes match your filters this week.")).toBeVisible();
  await expect(
    page.getByText("Nothing is scheduled for the next eight weeks.", { exact: false }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  await expect(page).not.toHaveURL(/type=/);
});

// When the booking system fails on a week nobody has read yet, the client needs plain words and a
// retry that works. (Each attempt opens its own far week, so no earlier read can stand in for it.)
test("a week that cannot be read says so and Try again recovers", async ({ page, sandbox }, testInfo) => {
  const thisWeek = mondayOfInstant(new Date().toISOString(), "Europe/London");
  const weeksAhead = 30 + (testInfo.project.name === "phone" ? 5 : 0) + testInfo.retry;
  const week = addDays(thisWeek, 7 * weeksAhead);
  // The filters' catalogue is cached for minutes; only the week's read should fail.
  await page.goto("/classes?tz=Europe%2FLondon");
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  await sandbox.settings({ failRate: 1 });
  await page.goto(`/classes?week=${week}&tz=Europe%2FLondon`);
  const alert = page.getByRole("alert").filter({ hasText: "We could not load the timetable." });
  await expect(alert).toContainText("could not reach the booking system", { timeout: 15_000 });
  await expectNoAxeViolations(page);

  await sandbox.settings({ failRate: 0 });
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByText("There are no classes this week.")).toBeVisible();
});

// A busy or failing upstream must not blank a timetable the app has read before: the last good
// week stays, marked as possibly out of date, and the mark goes once the upstream is back.
test("while the booking system is down, the last good week shows, marked possibly out of date", async ({
  page,
  sandbox,
}) => {
  await page.goto("/classes?tz=Europe%2FLondon");
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  await sandbox.settings({ failRate: 1 });
  await page.reload();
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
  const notice = page.getByRole("status").filter({ hasText: "may be a few minutes out of date" });
  await expect(notice).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "We could not load" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await sandbox.settings({ failRate: 0 });
  await expect(notice).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();
});

// Loading must be visible and announced, and a slow upstream must not look like a frozen page.
test("loading shows an announced skeleton and says when it is slow", async ({ page, sandbox }, testInfo) => {
  // The browser loads a week itself when the visitor moves to one it has not fetched (the week before
  // is never prefetched). Each attempt uses its own far week, which nobody has read: no last good
  // answer can stand in for it while its classes are held, so the page keeps loading until release.
  const attempt = 3 * testInfo.repeatEachIndex + testInfo.retry;
  const weeksAhead = 60 + (testInfo.project.name === "phone" ? 40 : 0) + 2 * attempt;
  const week = addDays(mondayOfInstant(new Date().toISOString(), "Europe/London"), 7 * weeksAhead);
  await page.goto(`/classes?week=${addDays(week, 7)}&tz=Europe%2FLondon`);
  await expect(page.getByText("Nothing is scheduled for the next eight weeks.")).toBeVisible();

  await sandbox.hold(["GET /v1/classes"]);
  await page.getByRole("link", { name: "Previous week" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect(page.getByText("This is taking longer than usual…")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await sandbox.release()).toBeGreaterThan(0);
  await expect(page.getByText("This is taking longer than usual…")).toBeHidden();
  await expect(page.getByText("There are no classes this week.")).toBeVisible();
});

// The first week is read while the page renders: a slow read must still show the skeleton at
// once, and say it is slow before the page's script has even run.
test("a week opened directly shows its skeleton at once and says when it is slow", async ({
  page,
  sandbox,
}, testInfo) => {
  const attempt = 3 * testInfo.repeatEachIndex + testInfo.retry;
  const weeksAhead = 160 + (testInfo.project.name === "phone" ? 40 : 0) + 2 * attempt;
  const week = addDays(mondayOfInstant(new Date().toISOString(), "Europe/London"), 7 * weeksAhead);
  await page.goto("/classes?tz=Europe%2FLondon");
  await expect(page.getByRole("link", { name: anyClass }).first()).toBeVisible();

  await sandbox.hold(["GET /v1/classes"]);
  await page.goto(`/classes?week=${week}&tz=Europe%2FLondon`, { waitUntil: "commit" });
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect(page.getByText("This is taking longer than usual…")).toBeVisible();
  expect(await sandbox.release()).toBeGreaterThan(0);
  await expect(page.getByText(/There are no classes this week|Nothing is scheduled/).first()).toBeVisible({
    timeout: 15_000,
  });
});
