import { expect, expectNoAxeViolations, test } from "./fixtures";
import { chooseFirstSlot, expectStep, fillDetails, randomUkMobile } from "./booking-helpers";

// What the business wrote about its services and staff is what a client chooses by.
test("service and staff cards show the business's descriptions", async ({ page }) => {
  await page.goto("/book?location=loc_london");
  await expectStep(page, "Choose a service");
  const colour = page.getByRole("link", { name: /^Full Colour/ });
  await expect(colour).toContainText("Root-to-tip colour with a gloss and blow-dry.");
  await expectNoAxeViolations(page);

  await colour.click();
  await expectStep(page, "Add extras");
  await page.getByRole("link", { name: "No extras" }).click();
  await expectStep(page, "Choose who you would like to see");
  await expect(page.getByRole("link", { name: /^Amelia Hart/ })).toContainText(
    "Senior stylist; precision cuts and colour correction.",
  );
  await expectNoAxeViolations(page);
});

// The client learns where and how they pay before confirming; nothing suggests a payment flow
// the API does not have.
test("the details step says how the client pays: at the visit, or by a link where the business takes payment online", async ({
  page,
}) => {
  await chooseFirstSlot(page, "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  const summary = page.getByRole("region", { name: "Your booking so far" });
  await expect(
    summary.getByRole("definition").filter({ hasText: "Pay at Soho Studio when you visit" }),
  ).toBeVisible();
  await expect(summary).not.toContainText("payment link");
  await expectNoAxeViolations(page);

  await chooseFirstSlot(page, "/book?location=loc_london&service=svc_full_colour&addOns=&staff=stf_amelia");
  await expect(
    summary
      .getByRole("definition")
      .filter({ hasText: "You'll get a payment link from Lotus & Lane on WhatsApp" }),
  ).toBeVisible();
  await expect(summary).not.toContainText("when you visit");
});

// Where the business takes payment online, the client can see in My bookings whether it is paid.
test("My bookings shows an online-paid service's payment state", async ({ page }) => {
  await chooseFirstSlot(page, "/book?location=loc_london&service=svc_full_colour&addOns=&staff=stf_amelia");
  await fillDetails(page, { name: "Paying Client", phone: randomUkMobile() });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

  await page.goto("/bookings");
  const item = page.getByRole("article", { name: "Full Colour" });
  await expect(item).toContainText("Payment: Not paid yet");
  await expectNoAxeViolations(page);
});
