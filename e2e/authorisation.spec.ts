import type { Page, Request } from "@playwright/test";
import { createManageToken } from "../lib/session/manage-token";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { bookAppointment, createClient, e2eSessionSecret, joinClass, signInAs } from "./sign-in-helpers";

interface ActionCall {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Records the server action request a UI step sends, so a test can replay it with other ids. */
async function captureActionCall(page: Page, step: () => Promise<void>): Promise<ActionCall> {
  const isAction = (request: Request) => request.method() === "POST" && "next-action" in request.headers();
  const [request] = await Promise.all([page.waitForRequest(isAction), step()]);
  const sent = request.headers();
  const headers = Object.fromEntries(
    ["next-action", "next-router-state-tree", "accept", "content-type"]
      .filter((name) => sent[name] !== undefined)
      .map((name) => [name, sent[name]!]),
  );
  return { url: request.url(), headers, body: request.postData() ?? "" };
}

/** Replays an action call from inside the page, with its cookies, as a hand-made request would be. */
async function replay(page: Page, call: ActionCall, from: string, to: string) {
  const body = call.body.split(from).join(to);
  if (from !== to) expect(body, "the id to replace is in the request").not.toBe(call.body);
  const answer = await page.evaluate(
    async ({ url, headers, body }) => {
      const response = await fetch(url, { method: "POST", headers, body });
      return { status: response.status, text: await response.text() };
    },
    { url: call.url, headers: call.headers, body },
  );
  const result = answer.text.split("\n").find((line) => line.includes('"ok":'));
  return {
    status: answer.status,
    result: result ? JSON.parse(result.slice(result.indexOf(":") + 1)) : answer.text,
  };
}

async function twoClientsWithBookings(sandbox: Parameters<typeof createClient>[0]) {
  const emma = await createClient(sandbox, "Emma Victim");
  const james = await createClient(sandbox, "James Attacker");
  return {
    emma,
    james,
    emmaAppointment: await bookAppointment(sandbox, emma, {
      hoursFromNow: 24 * 8,
      serviceId: "svc_full_colour",
    }),
    jamesAppointment: await bookAppointment(sandbox, james, { hoursFromNow: 24 * 9 }),
    emmaClass: await joinClass(sandbox, emma, { minFreeSpots: 2 }),
  };
}

async function appointmentStatus(sandbox: Parameters<typeof createClient>[0], id: string) {
  return (await sandbox.api<{ status: string }>(`/v1/appointments/${id}`)).status;
}

// If this breaks, anyone signed in can cancel anyone's appointment or class place by sending its id.
test("a signed-in client cannot cancel or leave another client's bookings, even calling the actions directly", async ({
  page,
  browser,
  sandbox,
}) => {
  const { emma, james, emmaAppointment, jamesAppointment, emmaClass } = await twoClientsWithBookings(sandbox);
  const jamesClass = await joinClass(sandbox, james, { classId: emmaClass.id });
  expect(jamesClass.id).toBe(emmaClass.id);

  const emmaContext = await browser.newContext();
  const emmaPage = await emmaContext.newPage();
  await signInAs(emmaPage, sandbox, emma);
  await signInAs(page, sandbox, james);

  // Each sees only their own bookings.
  await expect(emmaPage.getByRole("article", { name: emmaAppointment.serviceName })).toBeVisible();
  await expect(emmaPage.getByRole("article", { name: jamesAppointment.serviceName })).toHaveCount(0);
  await expect(page.getByRole("article", { name: jamesAppointment.serviceName })).toBeVisible();
  await expect(page.getByRole("article", { name: emmaAppointment.serviceName })).toHaveCount(0);

  // James cancels his own appointment, and the request is replayed with Emma's id and an unknown one.
  const cancel = await captureActionCall(page, async () => {
    await page
      .getByRole("button", { name: new RegExp(`^Cancel ${jamesAppointment.serviceName} on `) })
      .click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel appointment" }).click();
  });
  await expect(page.getByRole("status").filter({ hasText: "is cancelled" })).toBeVisible();
  const againstEmma = await replay(page, cancel, jamesAppointment.id, emmaAppointment.id);
  const againstNobody = await replay(page, cancel, jamesAppointment.id, "apt_does_not_exist");
  expect(againstEmma.result).toMatchObject({ ok: false, code: "not_found" });
  expect(againstEmma).toEqual(againstNobody);
  expect(await appointmentStatus(sandbox, emmaAppointment.id)).toBe("Booked");

  // Both are in the same class. James leaves it; replayed, his request must not touch Emma's place.
  const leave = await captureActionCall(page, async () => {
    await page.getByRole("button", { name: new RegExp(`^Leave ${jamesClass.name} on `) }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Leave class" }).click();
  });
  await expect(page.getByRole("status").filter({ hasText: "You have left" })).toBeVisible();
  const leaveAgain = await replay(page, leave, jamesClass.id, jamesClass.id);
  expect(leaveAgain.result).toMatchObject({ ok: false, code: "already_cancelled" });
  const emmaParticipants = await sandbox.api<Array<{ client: { id: string }; status: string }>>(
    `/v1/classes/${emmaClass.id}/participants`,
  );
  expect(emmaParticipants.filter((p) => p.client.id === emma.id).map((p) => p.status)).toEqual(["Booked"]);

  // A class Emma is in and James never joined: refused as not found, like a class that does not exist.
  const otherClass = await joinClass(sandbox, emma, { minHoursAhead: 24 * 5 });
  const leaveOther = await replay(page, leave, jamesClass.id, otherClass.id);
  const leaveNobody = await replay(page, leave, jamesClass.id, "cls_does_not_exist");
  expect(leaveOther.result).toMatchObject({ ok: false, code: "not_found" });
  expect(leaveOther).toEqual(leaveNobody);

  // A device without a session gets nothing at all.
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto("/bookings");
  const anonymous = await replay(stranger, cancel, jamesAppointment.id, emmaAppointment.id);
  expect(anonymous.result).toMatchObject({ ok: false, code: "signed_out" });
  expect(await appointmentStatus(sandbox, emmaAppointment.id)).toBe("Booked");

  await emmaPage.reload();
  await expect(
    emmaPage
      .getByRole("region", { name: "Upcoming" })
      .getByRole("article", { name: emmaAppointment.serviceName }),
  ).toContainText("Status: Booked");
  await emmaContext.close();
  await strangerContext.close();
});

// If this breaks, a forged, stale or borrowed link opens someone else's bookings.
test("tampered, expired and other people's manage links are refused", async ({ page, sandbox }) => {
  const { emma, james, emmaAppointment } = await twoClientsWithBookings(sandbox);
  const secret = e2eSessionSecret();
  const inTenDays = Date.now() + 10 * 24 * 3_600_000;
  const token = (payload: { bookingId: string; clientId: string; expiresAt?: number }) =>
    createManageToken({ kind: "appointment", expiresAt: inTenDays, ...payload }, secret);

  const emmaToken = token({ bookingId: emmaAppointment.id, clientId: emma.id });
  const [emmaPayload = "", emmaMac = ""] = emmaToken.split(".");
  const flipped = emmaPayload.slice(0, -2) + (emmaPayload.at(-2) === "A" ? "B" : "A") + emmaPayload.at(-1);
  const jamesMac = token({ bookingId: emmaAppointment.id, clientId: james.id }).split(".")[1];
  const refused = {
    tampered: `${flipped}.${emmaMac}`,
    expired: token({ bookingId: emmaAppointment.id, clientId: emma.id, expiresAt: Date.now() - 1_000 }),
    "someone else's booking": token({ bookingId: emmaAppointment.id, clientId: james.id }),
    "another token's signature": `${emmaPayload}.${jamesMac}`,
    "a booking that does not exist": token({ bookingId: "apt_does_not_exist", clientId: emma.id }),
  };

  for (const [kind, refusedToken] of Object.entries(refused)) {
    await page.goto("/");
    await page.goto(`/manage#${refusedToken}`);
    await expect(page.getByRole("main").getByRole("alert"), kind).toContainText(
      "This link is not valid or has expired.",
    );
    expect(new URL(page.url()).hash, kind).toBe("");
  }
  await expectNoAxeViolations(page);
  await page.goto("/bookings");
  await expect(page.getByRole("link", { name: "Find my bookings" })).toBeVisible();
});

// If this breaks, a booking's page opens for whoever guesses its id or is sent someone else's link.
test("another client's booking page is 'not found', exactly like one that does not exist", async ({
  page,
  sandbox,
}) => {
  const { james, emmaAppointment, jamesAppointment } = await twoClientsWithBookings(sandbox);
  await signInAs(page, sandbox, james);

  await page.goto(`/bookings/${jamesAppointment.id}`);
  await expect(page.getByRole("main")).toContainText(jamesAppointment.serviceName);
  await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);

  // Statuses are compared rather than fixed: the root loading boundary streams, so a late notFound()
  // cannot always change a 200 into a 404. What matters is that the two answers cannot be told apart.
  const others = await page.goto(`/bookings/${emmaAppointment.id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const othersPage = await page.getByRole("main").innerText();
  const missing = await page.goto("/bookings/apt_does_not_exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(missing?.status()).toBe(others?.status());
  expect(await page.getByRole("main").innerText()).toBe(othersPage);
});

// Booking asks only for a name and a phone number, and the upstream matches clients by phone. Knowing
// someone's number must not open their other bookings: the session from a booking reaches just that
// booking until a code sent to the phone proves it is the visitor's.
test("booking with someone else's phone number does not open their other bookings", async ({
  page,
  sandbox,
}) => {
  const emma = await createClient(sandbox, "Emma Victim");
  const hers = await bookAppointment(sandbox, emma, { hoursFromNow: 24 * 8, serviceId: "svc_full_colour" });
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` });

  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await page.getByLabel("Full name").fill("Not Emma");
  await page.getByRole("combobox", { name: "Country" }).selectOption("GB");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(emma.phone);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page).toHaveURL(/\/bookings\/[^/?]+/);
  const made = new URL(page.url()).pathname.split("/").pop()!;

  await page.goto("/bookings");
  await expect(page.getByText("You are seeing the bookings you made on this device")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`View details of .*`) })).toHaveCount(1);
  await expect(page.getByText(hers.serviceName)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/bookings/${hers.id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto(`/book?reschedule=${hers.id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto(`/bookings/${made}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Page not found");
  expect(await appointmentStatus(sandbox, hers.id)).toBe("Booked");
});
