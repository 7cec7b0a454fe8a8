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

/**
 * Every page and data body the app sends the browser from now on (documents, flight data, action
 * answers). Read by routing rather than from `response` events: Chromium keeps no copy of a streamed
 * body (Next streams flight data and action answers), so those could not be read afterwards.
 */
async function recordResponses(page: Page): Promise<Received[]> {
  const received: Received[] = [];
  await page.route("**/*", async (route) => {
    // Scripts and styles are the same build for everyone: security-canary.spec.ts reads those.
    if (!["document", "fetch", "xhr"].includes(route.request().resourceType())) return route.continue();
    const response = await route.fetch();
    const type = response.headers()["content-type"] ?? "";
    if (!/text|json|x-component/.test(type)) return route.fulfill({ response });
    const body = await response.text();
    received.push({ url: `${route.request().method()} ${route.request().url()}`, body });
    return route.fulfill({ response, body });
  });
  return received;
}

/** Stops recording (requests still in flight are let go) and checks what was received. */
async function expectNowhere(page: Page, received: Received[], ...secrets: string[]) {
  await page.unrouteAll({ behavior: "ignoreErrors" });
  expect(received.some(({ url }) => url.startsWith("POST "))).toBe(true);
  for (const secret of secrets) {
    const carriers = received.filter(({ body }) => body.includes(secret)).map(({ url }) => url);
    expect.soft(carriers, `responses carrying "${secret}"`).toEqual([]);
  }
}

test("booking with a stored client's phone under another name shows only the typed name", async ({
  page,
  sandbox,
}) => {
  const stored = await createClient(sandbox, "Storedname Privateperson");
  const received = await recordResponses(page);

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

  await expectNowhere(page, received, stored.fullName, stored.id);

  const appointment = await sandbox.api<{ client: { id: string }; notes: string }>(
    `/v1/appointments/${appointmentId}`,
  );
  expect(appointment.client.id, "filed under the stored client, as Whautomate does").toBe(stored.id);
  expect(appointment.notes).toMatch(
    new RegExp(
      `^Window seat please\\n\\nBooked online as: ${TYPED_NAME}\\n\\nOnline booking reference: [\\w-]{16}$`,
    ),
  );
});

test("joining a class with a stored client's phone under another name reveals nothing of them", async ({
  page,
  sandbox,
}) => {
  const stored = await createClient(sandbox, "Storedname Classperson");
  const received = await recordResponses(page);

  await page.goto("/classes/cls_pilates_last_spot");
  await joinWithDetails(page, TYPED_NAME, `0${stored.phone}`);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();

  // The class page afresh, as this phone-only session sees it.
  await page.reload();
  await expect(page.getByText("Booked ✓", { exact: true })).toBeVisible();
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 3, name: "Mat Pilates" })).toBeVisible();

  await expectNowhere(page, received, stored.fullName, stored.id);
});
