import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  calendarDay,
  chosenInstant,
  expectAccessible,
  expectStep,
  fillDetails,
  randomUkMobile,
  type AppointmentRecord,
} from "./booking-helpers";
import { pickTimeZone, timeZoneField, timeZoneOptions } from "./time-zone-helpers";

// London springs forward on Sunday 28 March 2027; New York already did on 14 March. Oliver works
// 09:00–17:00 London time on both the Saturday before and the Sunday of the change.
const sandboxNow = "2027-03-24T09:00:00.000Z";
const oliverConsultation = "/book?location=loc_london&service=svc_style_consultation&staff=stf_oliver";

async function freezeClocks(
  page: Page,
  sandbox: { reset(options?: { now?: string | null }): Promise<void> },
) {
  await sandbox.reset({ now: sandboxNow });
  await page.clock.setFixedTime(new Date(sandboxNow));
}

async function bookFirstSlotOf(page: Page, day: string, expectedTime: string) {
  await calendarDay(page, day).click();
  await expect(page.getByRole("heading", { level: 3, name: `Free times on ${day}` })).toBeVisible();
  const first = page.getByRole("button", { name: /^Choose / }).first();
  await expect(first).toHaveAccessibleName(`Choose ${expectedTime}`);
  await first.click();
  await expectStep(page, "Your details");
}

test.describe("viewed from New York", () => {
  test.use({ timezoneId: "America/New_York" });

  // The most common booking-page bug: times shifted by an hour around a daylight-saving change.
  // What the client sees, what is booked and what is confirmed must be the same instant.
  test("the London spring-forward day shows, books and confirms the same instant", async ({
    page,
    sandbox,
  }) => {
    await freezeClocks(page, sandbox);
    await page.goto(oliverConsultation);
    await expectStep(page, "Choose a day and time");
    await expect(page.getByRole("heading", { name: "March 2027" })).toBeVisible();
    await expect(
      page.getByText("Times are shown in Eastern Daylight Time (America/New_York)."),
    ).toBeVisible();

    // Saturday: 09:00 GMT is 05:00 in New York. Sunday: 09:00 BST is 04:00.
    await calendarDay(page, "Saturday, March 27").click();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 5:00 AM",
    );
    await bookFirstSlotOf(page, "Sunday, March 28", "4:00 AM");
    expect(chosenInstant(page)).toBe("2027-03-28T08:00:00.000Z");
    await expect(page.getByText("Sunday, March 28 at 4:00 AM")).toBeVisible();
    await expect(page.getByText(/9:00 AM at Soho Studio is 4:00 AM for you/)).toBeVisible();

    await fillDetails(page, { name: "Daylight Saver", phone: randomUkMobile() });
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
    await expect(page.getByText("Sunday, March 28 at 4:00 AM")).toBeVisible();
    await expect(
      page.getByText(/Sunday, March 28 at 9:00 AM at Soho Studio \(British Summer Time\)/),
    ).toBeVisible();
    await expectAccessible(page);

    const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
    const appointment = await sandbox.api<AppointmentRecord>(`/v1/appointments/${appointmentId}`);
    expect(appointment).toMatchObject({
      startTimeUTC: "2027-03-28T08:00:00.000Z",
      timezone: "Europe/London",
      staff: { id: "stf_oliver" },
    });
  });
});

test.describe("viewed from Kolkata", () => {
  test.use({ timezoneId: "Asia/Kolkata" });

  // Half-hour offsets break code that assumes whole hours; the same DST day must still line up.
  test("a half-hour-offset zone shows, books and confirms the same instant", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(oliverConsultation);
    await expectStep(page, "Choose a day and time");
    await expect(page.getByText("Times are shown in India Standard Time (Asia/Kolkata).")).toBeVisible();

    // Saturday: 09:00 GMT is 14:30 in Kolkata. Sunday: 09:00 BST is 13:30.
    await calendarDay(page, "Saturday, March 27").click();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 2:30 PM",
    );
    await expect(page.getByRole("group", { name: "Afternoon" })).toBeVisible();
    await bookFirstSlotOf(page, "Sunday, March 28", "1:30 PM");
    expect(chosenInstant(page)).toBe("2027-03-28T08:00:00.000Z");

    await fillDetails(page, { name: "Half Hour", phone: randomUkMobile() });
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
    await expect(page.getByText("Sunday, March 28 at 1:30 PM")).toBeVisible();

    const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
    const appointment = await sandbox.api<AppointmentRecord>(`/v1/appointments/${appointmentId}`);
    expect(appointment.startTimeUTC).toBe("2027-03-28T08:00:00.000Z");
  });

  // A client who travels or books for someone elsewhere changes the zone by a place's name, not an
  // IANA id, and sees the offset and time there before choosing; the same slot then reads in it.
  test("a city finds its zone, shown with its offset and local time", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(oliverConsultation);
    await calendarDay(page, "Sunday, March 28").click();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 1:30 PM",
    );

    const zone = timeZoneField(page);
    await zone.fill("New York");
    // 09:00 UTC on 24 March: 05:00 in New York, already on daylight saving time.
    const newYork = timeZoneOptions(page).filter({ hasText: "New York, United States" });
    await expect(newYork).toContainText("GMT-4");
    await expect(newYork).toContainText("now 5:00 AM");
    await expectAccessible(page);
    await newYork.click();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 4:00 AM",
    );
    await expect(zone).toHaveValue("New York, United States");
    expect(new URL(page.url()).searchParams.get("tz")).toBe("America/New_York");

    for (const city of ["Mumbai", "Kolkata"]) {
      await zone.fill(city);
      await expect(timeZoneOptions(page).first()).toHaveAccessibleName(/^Kolkata, India.*GMT\+5:30/);
    }
  });

  // The choice sticks (URL and browser, the timetable too), so the client is not asked again.
  test("a zone chosen by city is remembered on every page", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(`${oliverConsultation}&date=2027-03-28`);
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 1:30 PM",
    );
    const zone = timeZoneField(page);
    await pickTimeZone(page, "London", "London, United Kingdom");
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 9:00 AM",
    );

    await page.goto(oliverConsultation);
    await expect(zone).toHaveValue("London, United Kingdom");
    await page.goto("/classes");
    await expect(zone).toHaveValue("London, United Kingdom");
    await expect(page).toHaveURL(/[?&]tz=Europe%2FLondon/);
  });

  // Text that names no place must say so and show what would work, not silently keep the old zone.
  test("text that matches no zone says so, and Escape puts the zone back", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(oliverConsultation);
    const zone = timeZoneField(page);
    await expect(zone).toHaveValue("Kolkata, India");
    await zone.fill("Not/AZone");
    const message = page.getByText(
      "No time zone matches “Not/AZone”. Try a city or country, e.g. London or India.",
    );
    await expect(message).toBeVisible();
    await expect(zone).toHaveAttribute("aria-expanded", "false");
    await expectAccessible(page);
    await page.keyboard.press("Enter");
    await expect(message).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(zone).toHaveValue("Kolkata, India");
    await expect(message).toBeHidden();
  });

  // Before anything is typed, the zones a client most likely wants are offered, and labelled.
  test("the device's zone and the location's are suggested first", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(oliverConsultation);
    await timeZoneField(page).click();
    const options = timeZoneOptions(page);
    await expect(options).toHaveCount(2);
    await expect(options.nth(0)).toHaveAccessibleName(/^Kolkata, India\s*Your device/);
    await expect(options.nth(1)).toHaveAccessibleName(/^London, United Kingdom\s*Business location/);
    await expect(page.getByRole("status").filter({ hasText: "2 suggested time zones" })).toBeAttached();
    await expectAccessible(page);
  });

  // The combobox pattern: arrows move through the results, Enter takes the highlighted one, and
  // nothing needs a mouse.
  test("a zone can be found and chosen with the keyboard alone", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(`${oliverConsultation}&date=2027-03-28`);
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 1:30 PM",
    );

    const zone = timeZoneField(page);
    await zone.focus();
    await page.keyboard.type("eastern");
    await expect(page.getByRole("status").filter({ hasText: /time zones found/ })).toBeAttached();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const highlighted = timeZoneOptions(page).and(page.getByRole("option", { selected: true }));
    await expect(highlighted).toHaveAccessibleName(/^New York, United States/);
    await expect(zone).toHaveAttribute("aria-activedescendant", (await highlighted.getAttribute("id"))!);
    await page.keyboard.press("Enter");
    await expect(zone).toHaveValue("New York, United States");
    await expect(zone).toBeFocused();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 4:00 AM",
    );

    await page.keyboard.type("Tokyo");
    await page.keyboard.press("Escape");
    await expect(zone).toHaveValue("New York, United States");
    await expect(zone).toHaveAttribute("aria-expanded", "false");
  });

  // The picker sits after the times; the note above them says the zone and leads straight to it,
  // so neither a keyboard nor a phone has to pass every time button first.
  test("the note above the times takes the client to the zone picker", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(`${oliverConsultation}&date=2027-03-28`);
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 1:30 PM",
    );

    await page.getByRole("button", { name: "Change time zone" }).focus();
    await page.keyboard.press("Enter");
    const zone = timeZoneField(page);
    await expect(zone).toBeFocused();
    await expect(zone).toBeInViewport();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Europe/London");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 9:00 AM",
    );
    await expect(page.getByText("Times are shown in British Summer Time (Europe/London).")).toBeVisible();
    await expectAccessible(page);
  });

  // Clients who read a 24-hour clock misread "9:00" as evening less often than "9:00 PM" as
  // morning; whichever they pick must stay picked.
  test("the 12h/24h choice changes every time shown and is remembered", async ({ page, sandbox }) => {
    await freezeClocks(page, sandbox);
    await page.goto(`${oliverConsultation}&date=2027-03-28`);
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName(
      "Choose 1:30 PM",
    );
    await page.getByRole("button", { name: "24-hour" }).click();
    await expect(page.getByRole("button", { name: "24-hour" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName("Choose 13:30");
    await page.reload();
    await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName("Choose 13:30");
    await expect(page.getByRole("button", { name: "24-hour" })).toHaveAttribute("aria-pressed", "true");
  });
});
