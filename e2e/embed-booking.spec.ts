import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, type SandboxControl } from "./fixtures";
import { randomUkMobile, type AppointmentRecord } from "./booking-helpers";
import {
  appFrame,
  expectFrameFitsContent,
  expectFrameStep,
  hostEvents,
  inlineSnippet,
  test,
} from "./embed-helpers";
import { appUrl, embedHostUrl } from "./ports";

// Browsers are blocking third-party cookies: the session must live in a partitioned cookie to survive.
test.use({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), "--test-third-party-cookie-phaseout"],
      });
    },
    { scope: "worker" },
  ],
});

type StoredAppointment = AppointmentRecord & { endTimeUTC: string };

const storedStatus = { booked: "Booked", rescheduled: "Rescheduled", cancelled: "Cancelled" } as const;

/**
 * Whautomate holds the change, and the host page heard exactly one event of its kind, carrying the
 * appointment's id and times only.
 */
async function expectChangeHeard(
  page: Page,
  sandbox: SandboxControl,
  appointmentId: string,
  change: keyof typeof storedStatus,
): Promise<StoredAppointment> {
  const stored = await sandbox.api<StoredAppointment>(`/v1/appointments/${appointmentId}`);
  expect(stored.status).toBe(storedStatus[change]);
  const { id, startTimeUTC: start, endTimeUTC: end } = stored;
  await expect
    .poll(async () => (await hostEvents(page)).filter((event) => event.type === `booking:${change}`))
    .toEqual([{ type: `booking:${change}`, detail: { id, start, end, status: change } }]);
  return stored;
}

/**
 * From the day-and-time step in the frame: books its first free time for a new client, with the
 * frame fitting its content at each step. Answers the appointment's id.
 */
async function bookFirstFreeTime(page: Page, frameElement: Locator, fullName: string): Promise<string> {
  const frame = frameElement.contentFrame();
  const firstTime = frame.getByRole("button", { name: /^Choose / }).first();
  await expect(firstTime).toBeVisible();
  await expectFrameFitsContent(frameElement);
  await expectNoAxeViolations(page);
  await firstTime.click();

  await expectFrameStep(frame, "Your details");
  await frame.getByLabel("Full name").fill(fullName);
  await frame.getByRole("textbox", { name: "Mobile number" }).fill(randomUkMobile());
  await expectFrameFitsContent(frameElement);
  await frame.getByRole("button", { name: "Confirm booking" }).click();

  await expect(frame.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expectFrameFitsContent(frameElement);
  return new URL((await appFrame(frameElement)).url()).pathname.split("/").at(-1)!;
}

/** The London calendar date this many days from now, as the booking URL takes it. */
function londonDate(daysAhead: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  );
}

// The whole point of the embed: a client books on the business's own site (another site than the app),
// in a frame that is always exactly as tall as its content, and the page hears about it without any
// personal data. If any of this breaks, the widget shows a scrollbar or a gap, loses the session when
// third-party cookies are blocked, or the business's analytics never see the booking.
test("a client books inside the frame on the business's site, and the frame follows its content", async ({
  page,
  sandbox,
  hostSite,
}) => {
  await page.goto(hostSite.show(inlineSnippet("/book", { brand: "#7a2e8e", transparent: "" })));
  const frameElement = page.locator('iframe[title="Online booking"]');
  const frame = frameElement.contentFrame();

  await expectFrameStep(frame, "Choose a location");
  await expect
    .poll(() => hostEvents(page))
    .toContainEqual(expect.objectContaining({ type: "booking:ready" }));
  await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  const plainCookieKept = await (
    await appFrame(frameElement)
  ).evaluate(() => {
    document.cookie = "probe=1; SameSite=None; Secure; Path=/";
    return document.cookie.includes("probe=1");
  });
  expect(plainCookieKept, "third-party cookies are blocked in this browser").toBe(false);
  await expect(frame.locator("body")).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expect(frame.locator("html")).toHaveCSS("--brand", "#7a2e8e");
  const locationHeight = await expectFrameFitsContent(frameElement);
  await expectNoAxeViolations(page);

  await frame.getByRole("link", { name: /Soho Studio/ }).click();
  await expectFrameStep(frame, "Choose a service");
  const serviceHeight = await expectFrameFitsContent(frameElement);
  expect(serviceHeight).toBeGreaterThan(locationHeight);

  // Back to the short step: the frame shrinks to it again.
  await (await appFrame(frameElement)).evaluate(() => history.back());
  await expectFrameStep(frame, "Choose a location");
  expect(Math.abs((await expectFrameFitsContent(frameElement)) - locationHeight)).toBeLessThanOrEqual(1);
  await frame.getByRole("link", { name: /Soho Studio/ }).click();

  await expectFrameStep(frame, "Choose a service");
  await frame.getByRole("link", { name: /Signature Haircut/ }).click();
  await expectFrameStep(frame, "Choose who you would like to see");
  await expectFrameFitsContent(frameElement);
  await frame.getByRole("link", { name: "Amelia Hart" }).click();

  await expectFrameStep(frame, "Choose a day and time");
  const appointmentId = await bookFirstFreeTime(page, frameElement, "Ada Lovelace");
  await expectNoAxeViolations(page);
  const stored = await expectChangeHeard(page, sandbox, appointmentId, "booked");
  expect(stored.client.fullName).toBe("Ada Lovelace");

  // Add to calendar leaves the frame (a new tab, or the browser's download), never replacing the app in it.
  await page
    .context()
    .route(/^https:\/\/(calendar|www)\.google\.com\//, (route) => route.fulfill({ body: "" }));
  const googleTab = page.waitForEvent("popup");
  await frame.getByRole("link", { name: "Add to Google Calendar (opens in a new tab)" }).click();
  await (await googleTab).close();
  const icsLink = frame.getByRole("link", { name: "Download calendar file (.ics)" });
  await icsLink.click();
  await expect(icsLink).toHaveAttribute("target", "_blank");
  await expect(icsLink).toHaveAttribute("rel", "noopener noreferrer");
  await expect(frame.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

  // The confirmation is only shown to the client who booked: after a reload it still is, in the frame.
  await (await appFrame(frameElement)).evaluate(() => location.reload());
  await expect(frame.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expectFrameFitsContent(frameElement);
  await expect(page.locator("iframe")).toHaveCount(1);
  expect(page.url()).toBe(`${embedHostUrl}/`);
  expect((await appFrame(frameElement)).url()).toContain(`${appUrl}/bookings/${appointmentId}`);
});

// Managing inside the frame: "My bookings" reached by plain navigation with no embed parameters (as a
// link would) is still embedded and signed in, and the page hears booking:rescheduled and
// booking:cancelled. If this breaks, the business's site never learns that a booking moved or ended.
test("a client moves and then cancels inside the frame, and the page hears both", async ({
  page,
  sandbox,
  hostSite,
}) => {
  // Three days ahead: outside the 24-hour notice window, so changes are allowed online.
  const day = londonDate(3);
  const path = `/book?location=loc_london&service=svc_signature_cut&staff=any&month=${day.slice(0, 7)}&date=${day}`;
  await page.goto(hostSite.show(inlineSnippet(path, { theme: "dark" })));
  const frameElement = page.locator('iframe[title="Online booking"]');
  const frame = frameElement.contentFrame();
  await expectFrameStep(frame, "Choose a day and time");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  const inFrame = await appFrame(frameElement);
  expect(await inFrame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  const appointmentId = await bookFirstFreeTime(page, frameElement, "Alan Turing");

  await inFrame.goto(`${appUrl}/bookings`);
  await expect(frame.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
  expect(await inFrame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  await expect(frame.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expectFrameFitsContent(frameElement);
  await expectNoAxeViolations(page);

  await frame.getByRole("link", { name: /^Reschedule Signature Haircut on / }).click();
  await expectFrameStep(frame, "Choose a day and time");
  // The same day three days ahead, not the first free one: a time inside tomorrow's 24-hour notice
  // window could not be cancelled afterwards.
  await inFrame.goto(`${inFrame.url()}&month=${day.slice(0, 7)}&date=${day}`);
  await expectFrameStep(frame, "Choose a day and time");
  await frame
    .getByRole("button", { name: /^Choose / })
    .last()
    .click();
  await expectFrameStep(frame, "Confirm the new time");
  await frame.getByRole("button", { name: "Move my appointment" }).click();
  await expect(frame.getByRole("status").filter({ hasText: /^Moved to / })).toBeVisible();
  await expectFrameFitsContent(frameElement);
  await expectChangeHeard(page, sandbox, appointmentId, "rescheduled");

  await inFrame.goto(`${appUrl}/bookings`);
  await frame.getByRole("button", { name: /^Cancel Signature Haircut on / }).click();
  const dialog = frame.getByRole("dialog", { name: "Cancel this appointment?" });
  await dialog.getByRole("button", { name: "Cancel appointment" }).click();
  await expect(dialog).toBeHidden();
  await expect(frame.getByRole("region", { name: "Cancelled" })).toBeVisible();
  await expectFrameFitsContent(frameElement);

  await expectChangeHeard(page, sandbox, appointmentId, "cancelled");
});

// A business's content column is often about 720 px: there the calendar and the times sit side by
// side, as on a desktop page, instead of a tall stack of oversized days.
test("in a 720 px frame the calendar and the times sit side by side", async ({ page, hostSite }) => {
  await page.setViewportSize({ width: 760, height: 900 });
  const path = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia";
  await page.goto(hostSite.show(`<div style="width:720px">${inlineSnippet(path)}</div>`));
  const frameElement = page.locator('iframe[title="Online booking"]');
  const frame = frameElement.contentFrame();
  const calendar = frame.getByRole("grid");
  const firstTime = frame.getByRole("button", { name: /^Choose / }).first();
  await expect(firstTime).toBeVisible();
  const [calendarBox, timeBox] = [await calendar.boundingBox(), await firstTime.boundingBox()];
  expect(timeBox!.x).toBeGreaterThan(calendarBox!.x + calendarBox!.width);
  expect(timeBox!.y).toBeLessThan(calendarBox!.y + calendarBox!.height);
  const height = await expectFrameFitsContent(frameElement);
  expect(height).toBeLessThan(1400);
});
