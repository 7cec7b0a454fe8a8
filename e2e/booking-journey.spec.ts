import { expect, test } from "./fixtures";
import {
  calendarDay,
  chosenInstant,
  expectAccessible,
  expectStep,
  fillDetails,
  randomUkMobile,
  waitForSlots,
  type AppointmentRecord,
} from "./booking-helpers";

// The app's main job end to end: if any step, the booking action or the confirmation breaks, no
// client can book. The sandbox must hold exactly the time the client clicked, with that staff member.
test("a client books a named staff member's time and sees it confirmed", async ({ page, sandbox }) => {
  const phone = randomUkMobile();
  await page.goto("/book");
  await expectStep(page, "Choose a location");
  await expectAccessible(page);
  await page.getByRole("link", { name: /Soho Studio/ }).click();

  await expectStep(page, "Choose a service");
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Hot Stone Massage/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: /Signature Haircut/ }).click();

  await expectStep(page, "Choose who you would like to see");
  await expect(page.getByRole("link", { name: /Any available/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Amelia Hart" }).click();

  await expectStep(page, "Choose a day and time");
  await waitForSlots(page);
  await expectAccessible(page);
  // Today's first time can be starting as the test runs, and is then rightly refused at the details
  // step: the second is at least one slot length away.
  const times = page.getByRole("button", { name: /^Choose / });
  await ((await times.count()) > 1 ? times.nth(1) : times.first()).click();

  await expectStep(page, "Your details");
  const startsAt = chosenInstant(page);
  // Before confirming, the client learns whether this time can still be changed online.
  const insideNotice = Date.parse(startsAt) - Date.now() < 24 * 3_600_000;
  await expect(
    page.getByText(
      insideNotice
        ? /less than 24 hours away: once booked, it cannot be changed/
        : /up to 24 hours before the start/,
    ),
  ).toBeVisible();
  await fillDetails(page, { name: "Grace Hopper", phone });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expectAccessible(page);
  const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
  const appointment = await sandbox.api<AppointmentRecord>(`/v1/appointments/${appointmentId}`);
  expect(appointment).toMatchObject({
    status: "Booked",
    startTimeUTC: startsAt,
    staff: { id: "stf_amelia" },
    service: { id: "svc_signature_cut" },
    location: { id: "loc_london" },
    bookedFrom: "Online Booking",
    overrideTimeSlotValidation: false,
    client: { fullName: "Grace Hopper", countryCode: "+44", phone: phone.replace(/\D/g, "").slice(1) },
  });
  await expect(page.getByText("Amelia Hart")).toBeVisible();
  await expect(page.getByRole("link", { name: "All my bookings" })).toHaveAttribute("href", "/bookings");
});

// "Any available" must offer every eligible person's times (not just the first person's) and book
// someone who is actually free then. On Saturday 27 March 2027 only Oliver starts at 09:00
// (Amelia's Saturday starts at 10:00), so a 9:00 booking can only be his.
test("a client books with any available staff member and gets whoever is free", async ({ page, sandbox }) => {
  await sandbox.reset({ now: "2027-03-24T09:00:00.000Z" });
  await page.clock.setFixedTime(new Date("2027-03-24T09:00:00.000Z"));
  await page.goto("/book?location=loc_london&service=svc_signature_cut");
  await expectStep(page, "Choose who you would like to see");
  await page.getByRole("link", { name: /Any available/ }).click();

  await expectStep(page, "Choose a day and time");
  await calendarDay(page, "Saturday, March 27").click();
  await expect(page.getByRole("button", { name: /^Choose / }).first()).toHaveAccessibleName("Choose 9:00 AM");
  await page.getByRole("button", { name: "Choose 9:00 AM" }).click();

  await expectStep(page, "Your details");
  await fillDetails(page, { name: "Katherine Johnson", phone: randomUkMobile() });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect(page.getByText("Oliver Reed")).toBeVisible();

  const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
  const appointment = await sandbox.api<AppointmentRecord>(`/v1/appointments/${appointmentId}`);
  expect(appointment).toMatchObject({
    startTimeUTC: "2027-03-27T09:00:00.000Z",
    staff: { id: "stf_oliver" },
  });
});
