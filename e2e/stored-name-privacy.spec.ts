// Whautomate files a booking made with a known phone number under the client it already holds.
// Anyone can type someone else's number: if the stored name or client id reached the browser
// (HTML, server-component payloads, action answers), booking with a number would reveal whose it
// is. The business must still learn which name was typed, so the booking is not silently misfiled.
import type { Page } from "@playwright/test";
import { chooseFirstSlot, fillDetails } from "./booking-helpers";
import { joinWithDetails } from "./classes-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { createClient } from "./sign-in-helpers";

const TYPED_NAME = "Typed Visitor";

interface Received {
  url: string;
  body: string;
}

/** Every text body the browser receives from now on (documents, flight data, action answers). */
function recordResponses(page: Page): () => Promise<Received[]> {
  const bodies: Promise<Received>[] = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/text|json|javascript|x-component/.test(type)) return;
    const url = `${response.request().method()} ${response.url()}`;
    bodies.push(
      response.text().then(
        (body) => ({ url, body }),
        () => ({ url, body: "" }),
      ),
    );
  });
  return () => Promise.all(bodies);
}

function expectNowhere(received: Received[], ...secrets: string[]) {
  expect(received.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const carriers = received.filter(({ body }) => body.includes(secret)).map(({ url }) => url);
    expect(carriers, `responses carrying "${secret}"`).toEqual([]);
  }
}

test("booking with a stored client's phone under another name shows only the typed name", async ({
  page,
  sandbox,
}) => {
  const stored = await createClient(sandbox, "Storedname Privateperson");
  const received = recordResponses(page);

  await chooseFirstSlot(page, "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await fillDetails(page, { name: TYPED_NAME, phone: `0${stored.phone}` });
  await page.getByLabel("Notes for us").fill("Window seat please");
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expect.soft(page.getByRole("definition").filter({ hasText: TYPED_NAME })).toBeVisible();
  await expectNoAxeViolations(page);
  const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;

  // My bookings, with the session that only knows the phone.
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 3, name: "Signature Haircut" })).toBeVisible();

  expectNowhere(await received(), stored.fullName, stored.id);

  const appointment = await sandbox.api<{ client: { id: string }; notes: string }>(
    `/v1/appointments/${appointmentId}`,
  );
  expect(appointment.client.id, "filed under the stored client, as Whautomate does").toBe(stored.id);
  expect(appointment.notes).toBe(`Window seat please\n\nBooked online as: ${TYPED_NAME}`);
});

test("joining a class with a stored client's phone under another name reveals nothing of them", async ({
  page,
  sandbox,
}) => {
  const stored = await createClient(sandbox, "Storedname Classperson");
  const received = recordResponses(page);

  await page.goto("/classes/cls_pilates_last_spot");
  await joinWithDetails(page, TYPED_NAME, `0${stored.phone}`);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();

  // The class page afresh, as this phone-only session sees it.
  await page.reload();
  await expect(page.getByText("Booked ✓", { exact: true })).toBeVisible();
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 3, name: "Mat Pilates" })).toBeVisible();

  expectNowhere(await received(), stored.fullName, stored.id);
});
