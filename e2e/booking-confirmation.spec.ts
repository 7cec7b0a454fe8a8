import { expect, expectNoAxeViolations, test } from "./fixtures";
import { chooseFirstSlot, fillDetails, randomUkMobile } from "./booking-helpers";
import { createClient, signInAs } from "./sign-in-helpers";

async function bookOne(page: import("@playwright/test").Page, phone: string) {
  await chooseFirstSlot(page, "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await fillDetails(page, { name: "Calendar Keeper", phone });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

// A confirmation without calendar entries (or with them in the wrong zone) is how clients miss
// appointments; the .ics must carry the booked instant in UTC.
test("the confirmation offers an .ics file and a Google Calendar link for the booked time", async ({
  page,
  sandbox,
}) => {
  const id = await bookOne(page, randomUkMobile());
  const appointment = await sandbox.api<{ startTimeUTC: string }>(`/v1/appointments/${id}`);
  const utc = appointment.startTimeUTC.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

  const ics = page.getByRole("link", { name: "Download calendar file (.ics)" });
  const response = await page.request.get(new URL((await ics.getAttribute("href"))!, page.url()).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.ics"$/);
  const body = await response.text();
  expect(body).toContain(`DTSTART:${utc}`);
  expect(body).toContain("SUMMARY:Signature Haircut at Lotus & Lane");

  const google = page.getByRole("link", { name: "Add to Google Calendar (opens in a new tab)" });
  await expect(google).toHaveAttribute("target", "_blank");
  await expect(google).toHaveAttribute("rel", "noopener noreferrer");
  expect(new URL((await google.getAttribute("href"))!).searchParams.get("dates")).toMatch(
    new RegExp(`^${utc}/`),
  );
});

// Appointment ids are guessable; only the client who booked may see one. Someone else's and a
// missing one must look exactly alike.
test("another visitor cannot open the confirmation or its calendar file", async ({ page, browser }) => {
  const id = await bookOne(page, randomUkMobile());
  const at = (path: string) => new URL(path, page.url()).toString();
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  expect((await strangerPage.goto(at(`/bookings/${id}`)))?.status()).toBe(404);
  await expect(strangerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(strangerPage.getByText("Signature Haircut")).toHaveCount(0);
  expect((await strangerPage.request.get(at(`/bookings/${id}/calendar.ics`))).status()).toBe(404);
  expect((await strangerPage.goto(at("/bookings/apt_does_not_exist")))?.status()).toBe(404);
  await expect(strangerPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await stranger.close();
});

// A returning client who proved their number should not have to type their details again; a visitor
// who merely booked with some number must not be shown the name on file for it.
test("a verified returning client's details are prefilled, an unverified visitor's are not", async ({
  page,
  sandbox,
}) => {
  await bookOne(page, randomUkMobile());
  const openDetails = async () => {
    await chooseFirstSlot(page, "/book?location=loc_london&service=svc_full_colour&addOns=&staff=any");
  };
  await openDetails();
  await expect(page.getByLabel("Full name")).toHaveValue("");

  const client = await createClient(sandbox, "Calendar Keeper");
  await signInAs(page, sandbox, client);
  await openDetails();
  await expect(page.getByLabel("Full name")).toHaveValue("Calendar Keeper");
  await expect(page.getByRole("textbox", { name: "Mobile number" })).toHaveValue(
    new RegExp(client.phone.slice(-6)),
  );
});

// "You're booked" on a page opened days later (from a manage link or My bookings) reads as a second
// booking. Only the page right after booking says so; later it says what the appointment is, where
// it stands, and where it is on a map.
test("only the page right after booking says You're booked; opened later it says where it stands", async ({
  page,
  sandbox,
}) => {
  test.slow(); // a booking through the pages and three accessibility checks
  const id = await bookOne(page, randomUkMobile());
  await expect(page.getByText("Your appointment is confirmed. We look forward to seeing you.")).toBeVisible();

  await page.goto(`/bookings/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Upcoming", { exact: true })).toBeVisible();
  await expect(page.getByText("You're booked")).toHaveCount(0);
  await expect(page.getByText(/is confirmed/)).toHaveCount(0);
  const map = page.getByRole("link", { name: "Show Soho Studio on a map (opens in a new tab)" });
  await expect(map).toHaveAttribute("target", "_blank");
  await expect(map).toHaveAttribute("rel", "noopener noreferrer");
  const query = new URL((await map.getAttribute("href"))!).searchParams.get("query");
  expect(query).toContain("12 Greek Street");
  await expectNoAxeViolations(page);

  await sandbox.api("/v1/appointments/cancel", { method: "POST", body: { appointmentId: id } });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Cancelled", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
