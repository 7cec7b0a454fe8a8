import { expect, test } from "./fixtures";
import {
  appointmentsOfPhone,
  bookThroughApi,
  chosenInstant,
  expectAccessible,
  expectNotOffered,
  expectStep,
  fillDetails,
  randomUkMobile,
  shownDay,
  waitForSlots,
  type AppointmentRecord,
} from "./booking-helpers";

const amelia = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia";

/** The first free time shown, and its day as the calendar words it ("Monday, December 7"). */
async function chooseFirstSlot(
  page: import("@playwright/test").Page,
): Promise<{ time: string; day: string }> {
  await page.goto(amelia);
  await waitForSlots(page);
  const day = await shownDay(page);
  const slot = page.getByRole("button", { name: /^Choose / }).first();
  const time = (await slot.textContent())!.trim();
  await slot.click();
  await expectStep(page, "Your details");
  return { time, day };
}

// Without the re-check and a plain answer, a client whose time went to someone else meanwhile is
// stuck (or, worse, double-booked). They must hear what happened, see fresh times, pick one and
// book it without typing their details again.
test("a time taken meanwhile is explained and a nearby alternative can be booked", async ({
  page,
  sandbox,
}) => {
  const { time } = await chooseFirstSlot(page);
  const taken = chosenInstant(page);
  const phone = randomUkMobile();
  await fillDetails(page, { name: "Ada Lovelace", phone });
  await bookThroughApi(sandbox, {
    locationId: "loc_london",
    serviceId: "svc_signature_cut",
    staffId: "stf_amelia",
    startsAt: taken,
    timeZone: "Europe/London",
  });

  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "just booked" })).toHaveText(
    `Sorry, ${time} was just booked by someone else. Here are the nearest free times:`,
  );
  const alternatives = page.getByRole("button", { pressed: false }).filter({ hasText: /\d:\d\d/ });
  await expect(alternatives.first()).toBeVisible();
  expect(await alternatives.count()).toBeLessThanOrEqual(4);
  await expectAccessible(page);

  await alternatives.first().click();
  await expect(page.getByRole("button", { pressed: true })).toBeVisible();
  const alternative = chosenInstant(page);
  expect(alternative).not.toBe(taken);
  await expect(page.getByLabel("Full name")).toHaveValue("Ada Lovelace");
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
  const appointment = await sandbox.api<AppointmentRecord>(`/v1/appointments/${appointmentId}`);
  expect(appointment).toMatchObject({ startTimeUTC: alternative, staff: { id: "stf_amelia" } });
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(1);
});

// The calendar must not keep offering a time that is gone: after the refusal the day's times are
// read again, so going back to choose another day no longer shows the taken one. When it was that
// day's last free time (late in the day), the day shows none and the calendar opens on the next.
test("after a refusal the day's free times are refreshed", async ({ page, sandbox }) => {
  const { time, day } = await chooseFirstSlot(page);
  const taken = chosenInstant(page);
  await fillDetails(page, { name: "Ada Lovelace", phone: randomUkMobile() });
  await bookThroughApi(sandbox, {
    locationId: "loc_london",
    serviceId: "svc_signature_cut",
    staffId: "stf_amelia",
    startsAt: taken,
    timeZone: "Europe/London",
  });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "just booked" })).toBeVisible();

  await page.getByRole("link", { name: "Choose another day" }).click();
  await expectStep(page, "Choose a day and time");
  await waitForSlots(page);
  await expectNotOffered(page, day, `Choose ${time}`);
});

// A double click (or an impatient second tap on a phone) must never create two appointments.
test("a double-clicked confirm makes one appointment", async ({ page, sandbox }) => {
  await chooseFirstSlot(page);
  const phone = randomUkMobile();
  await fillDetails(page, { name: "Alan Turing", phone });
  await page.getByRole("button", { name: "Confirm booking" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(1);
});

// Going back to the confirmed form must not offer the booked time again: the page checks the time
// on arrival, says it is no longer free and offers no form to confirm it a second time.
test("going back after booking does not offer the booked time again", async ({ page, sandbox }) => {
  await chooseFirstSlot(page);
  const phone = randomUkMobile();
  await fillDetails(page, { name: "Alan Turing", phone });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

  await page.goBack();
  await expectStep(page, "Your details");
  await expect(page.getByRole("alert").filter({ hasText: "isn't available" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveCount(0);
  expect(await appointmentsOfPhone(sandbox, "stf_amelia", phone)).toHaveLength(1);
});

// Next answers an action that sets a cookie with the page rendered again. A render whose reads are
// slow (Whautomate slow or refusing) streams in behind the skeleton, a quick one goes out whole, and
// a step that changed parent that way is mounted anew. So a browser gets its device cookie with its
// first page, and a refused booking leaves the step as it was: what the client typed and the answer.
// The proxy gives the device id in the request that comes without it, a write included, so the
// write sets no cookie and Next does not render the page again in its answer.
for (const [name, cookieLost] of [
  ["a refusal keeps the typed details when the page was rendered slowly before", false],
  ["the same when the browser dropped its device cookie since the page loaded", true],
] as const) {
  test(name, async ({ page, sandbox }) => {
    await page.goto(amelia);
    await waitForSlots(page);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "__Host-booking-device")).toMatchObject({
      httpOnly: true,
      secure: true,
    });
    const slot = page.getByRole("button", { name: /^Choose / }).first();
    const time = (await slot.textContent())!.trim();
    await sandbox.settings({ latencyMs: 1_500, latencyRoutes: ["GET /v1/appointments/slots"] });
    await slot.click();
    await expectStep(page, "Your details");
    await fillDetails(page, { name: "Ada Lovelace", phone: randomUkMobile() });
    await bookThroughApi(sandbox, {
      locationId: "loc_london",
      serviceId: "svc_signature_cut",
      staffId: "stf_amelia",
      startsAt: chosenInstant(page),
      timeZone: "Europe/London",
    });
    await sandbox.settings({ latencyMs: 0, latencyRoutes: [] });
    if (cookieLost) await page.context().clearCookies({ name: "__Host-booking-device" });

    await page.getByRole("button", { name: "Confirm booking" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "just booked" });
    await expect(refusal).toHaveText(
      `Sorry, ${time} was just booked by someone else. Here are the nearest free times:`,
    );
    // Still there once every answer, the page's new render included, has arrived.
    await page.waitForLoadState("networkidle");
    await expect(refusal).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Ada Lovelace");
  });
}
