import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations } from "./fixtures";

/**
 * A fresh number in the UK's fictional 07700 900xxx range, so per-phone booking limits never carry
 * over between tests. Above 900199: the seeded clients hold 900101–900105.
 */
export function randomUkMobile(): string {
  return `07700 900${200 + Math.floor(Math.random() * 800)}`;
}

export interface AppointmentRecord {
  id: string;
  status: string;
  startTimeUTC: string;
  timezone: string;
  bookedFrom: string;
  overrideTimeSlotValidation: boolean;
  staff: { id: string; name: string } | null;
  service: { id: string };
  location: { id: string };
  client: { id: string; fullName: string; countryCode: string; phone: string };
}

/** Waits for the step heading, which takes focus after every step change. */
export async function expectStep(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

/** The chosen slot's instant, as the details step has it in its URL. */
export function chosenInstant(page: Page): string {
  const time = new URL(page.url()).searchParams.get("time");
  if (!time) throw new Error(`No time in ${page.url()}`);
  return time;
}

export async function fillDetails(page: Page, details: { name: string; phone: string }) {
  await page.getByLabel("Full name").fill(details.name);
  await page.getByRole("textbox", { name: "Mobile number" }).fill(details.phone);
}

/** Waits for the free times of the preselected day and checks the step for accessibility. */
export async function waitForSlots(page: Page) {
  await expect(page.getByRole("button", { name: /^Choose / }).first()).toBeVisible();
}

export async function expectAccessible(page: Page) {
  await expectNoAxeViolations(page);
}

/** Books a time straight through the API, as another client or the front desk would. */
export async function bookThroughApi(
  sandbox: { api<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> },
  booking: { locationId: string; serviceId: string; staffId: string; startsAt: string; timeZone: string },
): Promise<AppointmentRecord> {
  const wall = new Intl.DateTimeFormat("en-CA", {
    timeZone: booking.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(booking.startsAt));
  const part = (type: string) => wall.find((p) => p.type === type)?.value ?? "";
  return sandbox.api<AppointmentRecord>("/v1/appointments", {
    method: "POST",
    body: {
      client: { fullName: "Someone Quicker", countryCode: "+44", phone: "7700900999" },
      location: { id: booking.locationId },
      service: { id: booking.serviceId },
      staff: { id: booking.staffId },
      date: `${part("year")}-${part("month")}-${part("day")}`,
      time: `${part("hour")}:${part("minute")}`,
      timezone: booking.timeZone,
      overrideTimeSlotValidation: false,
    },
  });
}

/** Every appointment a phone number holds in the sandbox. */
export async function appointmentsOfPhone(
  sandbox: { api<T>(path: string): Promise<T> },
  staffId: string,
  phone: string,
): Promise<AppointmentRecord[]> {
  const digits = phone.replace(/\D/g, "").replace(/^0/, "");
  const all = await sandbox.api<AppointmentRecord[]>(`/v1/appointments?staffId=${staffId}&limit=100`);
  return all.filter((appointment) => appointment.client.phone === digits);
}

/** Presses Tab until `target` has focus, proving it is reachable from the keyboard alone. */
export async function tabTo(page: Page, target: Locator) {
  await pressUntilFocused(page, "Tab", target, 80);
}

/** Presses `key` until `target` has focus, e.g. arrows through the calendar to a day. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 40) {
  await target.waitFor();
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Not reached with ${key} in ${limit} presses: ${target}`);
}

/** The month grid of the day-and-time step. */
export function calendarGrid(page: Page) {
  return page.getByRole("grid", { name: /^Available days in / });
}

/** The enabled (bookable) day buttons of the calendar. */
export function bookableDays(page: Page) {
  return calendarGrid(page).getByRole("button", { disabled: false });
}

/** A calendar day by its date as the rest of the page words it, e.g. "Saturday, March 27". */
export function calendarDay(page: Page, date: string) {
  return calendarGrid(page).getByRole("button", { name: new RegExp(`^${date}, \\d{4}\\b`) });
}

/** "Saturday, March 27" of a day whose name is "Saturday, March 27, 2027, times available". */
export async function dateOfDay(day: Locator): Promise<string> {
  const name = await day.getAttribute("aria-label");
  if (!name) throw new Error(`No name on ${day}`);
  return name.replace(/, \d{4}\b.*$/, "");
}

/** The day the calendar shows times for, as the rest of the page words it ("Monday, December 7"). */
export async function shownDay(page: Page): Promise<string> {
  return dateOfDay(calendarGrid(page).getByRole("button", { pressed: true }));
}

/**
 * A taken time (`slotName`, e.g. "Choose 3:45 PM") is no longer offered on its `day`: the day shows
 * without it, or, when it was the day's last free time, has none left and the calendar opens on
 * another day (which may well offer the same clock time). Checked until the refreshed times arrive.
 */
export async function expectNotOffered(page: Page, day: string, slotName: string) {
  const takenDay = calendarDay(page, day);
  await expect(async () => {
    if (await takenDay.isDisabled()) return;
    await expect(takenDay).toHaveAttribute("aria-pressed", "true", { timeout: 500 });
    await expect(page.getByRole("button", { name: slotName, exact: true })).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

/** Takes the first free time the day-and-time step shows, up to the details step. */
export async function takeFirstSlot(page: Page) {
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
}

/** Opens a booking page and takes its first free time, up to the details step. */
export async function chooseFirstSlot(page: Page, bookingPath: string) {
  await page.goto(bookingPath);
  await takeFirstSlot(page);
}

/** From /book's first step, clicking as a visitor does: Soho Studio, Signature Haircut, Amelia Hart. */
export async function walkToAmeliasTimes(page: Page) {
  await page.getByRole("link", { name: /Soho Studio/ }).click();
  await expectStep(page, "Choose a service");
  await page.getByRole("link", { name: /Signature Haircut/ }).click();
  await expectStep(page, "Choose who you would like to see");
  await page.getByRole("link", { name: "Amelia Hart" }).click();
  await expectStep(page, "Choose a day and time");
}

const sohoStudioPhone = { display: "+44 20 7946 0123", digits: "442079460123" };

/** A location's number (Soho Studio's unless named) as tap-to-call and WhatsApp links inside `scope`. */
export async function expectContactLinks(scope: Locator, { display, digits } = sohoStudioPhone) {
  await expect(scope.getByRole("link", { name: `Call ${display}` })).toHaveAttribute(
    "href",
    `tel:+${digits}`,
  );
  await expect(scope.getByRole("link", { name: "Message on WhatsApp" })).toHaveAttribute(
    "href",
    `https://wa.me/${digits}`,
  );
}
