import { expect, test } from "./fixtures";
import {
  bookableDays,
  calendarDay,
  dateOfDay,
  expectAccessible,
  expectStep,
  fillDetails,
  waitForSlots,
} from "./booking-helpers";

// The URL is the state: if a step kept its choices only in memory, a reload, the back button or a
// shared link would throw the client back to the start or onto the wrong day.
test("reload and back keep every step and its choices", async ({ page }) => {
  await page.goto("/book");
  await page.getByRole("link", { name: /Soho Studio/ }).click();
  await expectStep(page, "Choose a service");
  await page.reload();
  await expectStep(page, "Choose a service");
  await page.goBack();
  await expectStep(page, "Choose a location");
  await page.goForward();
  await expectStep(page, "Choose a service");

  await page.getByRole("link", { name: /Signature Haircut/ }).click();
  await expectStep(page, "Choose who you would like to see");
  await page.reload();
  await expectStep(page, "Choose who you would like to see");

  await page.getByRole("link", { name: "Amelia Hart" }).click();
  await expectStep(page, "Choose a day and time");
  await waitForSlots(page);
  const nextMonth = page.getByRole("button", { name: /^Next month, / });
  const nextMonthName = (await nextMonth.getAttribute("aria-label"))!.replace(/^Next month, /, "");
  await nextMonth.click();
  // Its days, not the first month's still on screen for a moment.
  await expect(page.getByRole("grid", { name: `Available days in ${nextMonthName}` })).toBeVisible();
  const day = bookableDays(page).nth(2);
  const dayName = await dateOfDay(day);
  await day.click();
  await expect(calendarDay(page, dayName)).toHaveAttribute("aria-pressed", "true");
  const monthName = (await page.locator("#calendar-month").textContent())!;

  await page.reload();
  await expectStep(page, "Choose a day and time");
  await expect(page.getByRole("heading", { level: 3, name: monthName })).toBeVisible();
  await expect(calendarDay(page, dayName)).toHaveAttribute("aria-pressed", "true");

  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  const when = page.getByRole("definition").filter({ hasText: dayName });
  await expect(when).toBeVisible();
  await fillDetails(page, { name: "Back Button", phone: "07700 900123" });
  await page.reload();
  await expectStep(page, "Your details");
  await expect(when).toBeVisible();

  await page.goBack();
  await expectStep(page, "Choose a day and time");
  await expect(page.getByRole("heading", { level: 3, name: monthName })).toBeVisible();
  await expect(calendarDay(page, dayName)).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expectStep(page, "Choose who you would like to see");
});

// Businesses link straight to a service or person; a stale or mistyped link must land on the
// furthest valid step rather than crash.
test("deep links skip the steps they answer and bad parameters are dropped", async ({ page }) => {
  await page.goto("/book?service=svc_style_consultation&staff=stf_oliver");
  await expectStep(page, "Choose a day and time");
  await expect(page.getByRole("definition").filter({ hasText: "Soho Studio" })).toBeVisible();

  await page.goto("/book?location=loc_london&service=svc_nope&staff=stf_oliver&month=2027-99&tz=Mars/Base");
  await expectStep(page, "Choose a service");

  await page.goto("/book?location=loc_london&service=svc_hot_stone_massage");
  await expectStep(page, "Choose a service");

  await page.goto("/book?location=loc_mumbai&service=svc_signature_cut");
  await expectStep(page, "Choose a service");
  await expect(page.getByRole("link", { name: /Physiotherapy Assessment/ })).toBeVisible();

  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_priya");
  await expectStep(page, "Choose who you would like to see");
  await expectAccessible(page);
});

// Links from a WhatsApp message carry the client's name and phone; a mangled one must not crash.
test("name and phone from the link prefill the details, bad values are skipped", async ({ page }) => {
  const base = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia";
  await page.goto(`${base}&name=Emma%20Clarke&phone=%2B447700900101`);
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  await expect(page.getByLabel("Full name")).toHaveValue("Emma Clarke");
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("GB");
  await expect(page.getByRole("textbox", { name: "Mobile number" })).toHaveValue("07700 900101");

  await page.goto(`${base}&name=%3Cb%3E&phone=12`);
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  await expect(page.getByLabel("Full name")).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "Mobile number" })).toHaveValue("");
});

// Every page is rendered per request, so a prefetched link brings back only the route's title while
// the server renders the whole page for it: a step's dozen links would cost it a dozen renders per
// visitor. The page is asked for when the visitor follows a link, once.
test("a step asks the server for no other page until a link is followed", async ({ page }) => {
  const pageRequests: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") pageRequests.push(request.url());
  });
  await page.goto("/book?location=loc_london");
  await expectStep(page, "Choose a service");
  await page.getByRole("link", { name: /Signature Haircut/ }).hover();
  await page.waitForLoadState("networkidle");
  expect(pageRequests).toEqual([]);

  await page.getByRole("link", { name: /Signature Haircut/ }).click();
  await expectStep(page, "Choose who you would like to see");
  expect(pageRequests).toHaveLength(1);
  expect(new URL(pageRequests[0]!).searchParams.get("service")).toBe("svc_signature_cut");
});
