import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  appointmentsOfPhone,
  expectStep,
  fillDetails,
  randomUkMobile,
  waitForSlots,
} from "./booking-helpers";

const markupName = "<img src=x onerror=alert(1)>";
const markupNotes = `<script>alert("notes")</script><img src=x onerror=alert(2)> & "quoted"`;

// A name or note that became markup would run a stranger's script in the client's session and, via
// the business's admin, in staff browsers. Names with markup are refused with a plain message;
// notes keep their text exactly, as text.
test("script in names is refused and script in notes is stored as text, never run", async ({
  page,
  sandbox,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const phone = randomUkMobile();
  await page.goto(
    `/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&name=${encodeURIComponent(markupName)}`,
  );
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  await fillDetails(page, { name: markupName, phone });
  await page.getByLabel(/Notes/).fill(markupNotes);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  const name = page.getByLabel("Full name");
  await expect(name).toHaveAccessibleDescription(/Please use only letters, spaces and common punctuation/);
  await expect(name).toBeFocused();
  await expectNoAxeViolations(page);

  await name.fill("Ada Lovelace");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  const [appointment] = await appointmentsOfPhone(sandbox, "stf_amelia", phone);
  const stored = await sandbox.api<{ notes: string; client: { fullName: string } }>(
    `/v1/appointments/${appointment!.id}`,
  );
  expect(stored).toMatchObject({ client: { fullName: "Ada Lovelace" } });
  // The portal's own reference line follows what the client wrote (lib/whautomate/booking-reference.ts).
  expect(stored.notes.split("\n\nOnline booking reference: ")[0]).toBe(markupNotes);
  expect(await page.locator('img[src="x"], script:not([src]):has-text("alert")').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
