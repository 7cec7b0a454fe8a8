import {
  calendarDay,
  chosenInstant,
  expectAccessible,
  expectStep,
  fillDetails,
  randomUkMobile,
  type AppointmentRecord,
} from "./booking-helpers";
import { expect, test } from "./fixtures";

// Monday 22 March 2027. On Tuesday 23 March Amelia works 09:00–13:00 and 14:00–17:00 and has a
// haircut until 11:00 (with its buffer): Full Colour (90 min) can start at 11:30, but with Deep
// Conditioning (15 min more) only until 11:15.
const NOW = "2027-03-22T09:00:00.000Z";
const TUESDAY = "Tuesday, March 23";

test.beforeEach(async ({ page, sandbox }) => {
  await sandbox.reset({ now: NOW });
  await page.clock.setFixedTime(new Date(NOW));
});

// Extras lengthen the appointment: if the times were read for the service alone, a client could
// book a colour and a treatment into a gap that only holds the colour, and the business would
// find the two overlapping the next client. The total must follow the booking everywhere it is shown.
test("an extra is offered after the service with its duration and price, and lengthens the times offered", async ({
  page,
}) => {
  await page.goto("/book?location=loc_london&service=svc_full_colour");
  await expectStep(page, "Add extras");
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  const conditioning = page.getByRole("checkbox", { name: /^Deep Conditioning Treatment/ });
  await expect(conditioning).toHaveAccessibleName(/\+15 min · \+£20\.00/);
  await expect(page.getByRole("checkbox", { name: /^Bond Repair Treatment/ })).toBeVisible();
  const total = page.getByRole("status").filter({ hasText: "Total:" });
  await expect(total).toHaveText("No extras chosen. Total: 1 hr 30 min · £120.00");
  await expectAccessible(page);

  await conditioning.check();
  await expect(total).toHaveText("1 extra chosen. Total: 1 hr 45 min · £140.00");
  await page.getByRole("button", { name: "Continue" }).click();

  await expectStep(page, "Choose who you would like to see");
  const summary = page.getByRole("region", { name: "Your booking so far" });
  await expect(summary).toContainText("Deep Conditioning Treatment");
  await expect(summary).toContainText("1 hr 45 min · £140.00");
  await page.getByRole("link", { name: "Amelia Hart" }).click();

  await expectStep(page, "Choose a day and time");
  await calendarDay(page, TUESDAY).click();
  await expect(page.getByRole("button", { name: "Choose 11:15 AM" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Choose 11:30 AM" })).toHaveCount(0);
  await expectAccessible(page);

  // Without the extra the same day offers the later start: the difference is the add-on's length.
  await summary.getByRole("link", { name: "Change extras" }).click();
  await expectStep(page, "Add extras");
  await page.getByRole("link", { name: "No extras" }).click();
  await expectStep(page, "Choose a day and time");
  await expect(summary).toContainText("None");
  await expect(page.getByRole("button", { name: "Choose 11:30 AM" })).toBeVisible();

  // Back returns to the extras as chosen, the link being the state.
  await page.goBack();
  await expectStep(page, "Add extras");
  await page.goBack();
  await expectStep(page, "Choose a day and time");
  await expect(page.getByRole("button", { name: "Choose 11:15 AM" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Choose 11:30 AM" })).toHaveCount(0);
});

// Changing the extras from the summary must start from what was chosen: an emptied step makes the
// client find and tick them again, and one missed silently shortens the appointment booked.
test("Change on the extras opens their step with the chosen ones still ticked", async ({ page }) => {
  await page.goto("/book?location=loc_london&service=svc_full_colour");
  await expectStep(page, "Add extras");
  const conditioning = page.getByRole("checkbox", { name: /^Deep Conditioning Treatment/ });
  const bondRepair = page.getByRole("checkbox", { name: /^Bond Repair Treatment/ });
  await conditioning.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectStep(page, "Choose who you would like to see");
  await expect(page.getByText("Step 4 of 6")).toBeVisible();

  const summary = page.getByRole("region", { name: "Your booking so far" });
  await summary.getByRole("link", { name: "Change extras" }).click();
  await expectStep(page, "Add extras");
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await expect(conditioning).toBeChecked();
  await expect(bondRepair).not.toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Total:" })).toHaveText(
    "1 extra chosen. Total: 1 hr 45 min · £140.00",
  );
  await expectAccessible(page);

  await bondRepair.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectStep(page, "Choose who you would like to see");
  await expect(summary).toContainText("Deep Conditioning Treatment");
  await expect(summary).toContainText("Bond Repair Treatment");
});

// What was booked with it is what the client is told everywhere, and what the business's calendar holds.
test("a booking with an extra shows it and the total on the confirmation, the calendar file and My bookings", async ({
  page,
  sandbox,
}) => {
  await page.goto(
    "/book?location=loc_london&service=svc_full_colour&addOns=add_deep_conditioning&staff=stf_amelia&date=2027-03-23",
  );
  await expectStep(page, "Choose a day and time");
  await page.getByRole("button", { name: "Choose 11:15 AM" }).click();

  await expectStep(page, "Your details");
  const summary = page.getByRole("region", { name: "Your booking so far" });
  const startsAt = chosenInstant(page);
  await expect(summary).toContainText("Deep Conditioning Treatment");
  await expect(summary).toContainText("1 hr 45 min · £140.00");
  await fillDetails(page, { name: "Ada Lovelace", phone: randomUkMobile() });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Deep Conditioning Treatment" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "1 hr 45 min · £140.00" })).toBeVisible();
  await expectAccessible(page);
  const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
  const appointment = await sandbox.api<AppointmentRecord & { endTimeUTC: string; addOnServices: unknown }>(
    `/v1/appointments/${appointmentId}`,
  );
  expect(appointment).toMatchObject({
    startTimeUTC: startsAt,
    endTimeUTC: new Date(Date.parse(startsAt) + 105 * 60_000).toISOString(),
    service: { id: "svc_full_colour" },
    addOnServices: [{ id: "add_deep_conditioning", durationMinutes: 15, sellingPrice: 20 }],
  });

  const ics = await page.request.get(`/bookings/${appointmentId}/calendar.ics`);
  const text = (await ics.text()).replace(/\r\n /g, "");
  expect(text).toContain("Extras: Deep Conditioning Treatment. Total: 1 hr 45 min · £140.00");
  expect(text).toContain("DTEND:20270323T130000Z");

  await page.goto("/bookings");
  const item = page.getByRole("article", { name: "Full Colour" });
  await expect(item).toContainText("Extras: Deep Conditioning Treatment. Total: 1 hr 45 min · £140.00");
  await expectAccessible(page);
});

// A service without extras must not grow a step that offers nothing.
test("a service without extras goes straight from the service to the staff", async ({ page }) => {
  await page.goto("/book?location=loc_london");
  await page.getByRole("link", { name: /Signature Haircut/ }).click();
  await expectStep(page, "Choose who you would like to see");
  await expect(page.getByText("Step 3 of 5")).toBeVisible();
  await expect(page.getByRole("region", { name: "Your booking so far" })).not.toContainText("Extras");
});

// The browser's list of extras is never taken on its word: another service's add-on, in a link or in
// the booking request itself, must not reach the upstream as this service's.
test("an add-on of another service is refused in a link, a read and the booking itself", async ({
  page,
  sandbox,
}) => {
  await page.goto(
    "/book?location=loc_london&service=svc_full_colour&addOns=add_kinesio_taping&staff=stf_amelia",
  );
  await expectStep(page, "Add extras");
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);

  const read = await page.request.get(
    "/api/availability/month?locationId=loc_london&serviceId=svc_full_colour&staffId=stf_amelia&addOns=add_kinesio_taping&month=2027-03",
  );
  expect(read.status()).toBe(400);

  await page.getByRole("checkbox", { name: /^Deep Conditioning Treatment/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectStep(page, "Choose a day and time");
  await calendarDay(page, TUESDAY).click();
  await page.getByRole("button", { name: "Choose 11:15 AM" }).click();
  await expectStep(page, "Your details");
  const phone = randomUkMobile();
  await fillDetails(page, { name: "Mallory Forge", phone });
  // The booking request as a tampering client would send it: another service's add-on.
  await page.route("**/book?**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const body = request.postData() ?? "";
    expect(body).toContain("add_deep_conditioning");
    await route.continue({ postData: body.replace("add_deep_conditioning", "add_kinesio_taping") });
  });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByText(/Something in your choices is no longer valid/)).toBeVisible();
  await expectAccessible(page);
  const stats = await sandbox.stats();
  expect(stats.byRoute["POST /v1/appointments"] ?? 0).toBe(0);
});
