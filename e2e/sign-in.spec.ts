import { createManageToken } from "../lib/session/manage-token";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import {
  bookAppointment,
  e2eSessionSecret,
  joinClass,
  codeFromOutbox,
  createClient,
  enterCode,
  requestCode,
  signInAs,
  unusedPhone,
  useOwnIp,
} from "./sign-in-helpers";

// If this breaks, a client on a new device can never reach their bookings, or the session is lost
// on reload, or the cookie stops working inside the business's iframe.
test("a client signs in on a fresh device with the WhatsApp code, and the session survives a reload", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Nina Patel");
  const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 9 });
  await useOwnIp(page);

  await page.goto("/bookings");
  await expect(page.getByRole("heading", { name: "Find my bookings" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Find my bookings" }).click();

  await expect(page).toHaveURL(/\/sign-in$/);
  await expectNoAxeViolations(page);
  await requestCode(page, client.phone);
  await expect(page.getByRole("status").filter({ hasText: "we have sent a 6-digit code" })).toContainText(
    client.e164,
  );
  await expectNoAxeViolations(page);

  const [message] = (await sandbox.outbox("api")).filter((sent) => sent.to.phoneNumber === client.e164);
  expect(message).toMatchObject({ template: { name: "booking_login_code", language: "en" } });
  await enterCode(page, await codeFromOutbox(sandbox, client.e164));

  await expect(page).toHaveURL(/\/bookings(\?tz=[^&]+)?$/);
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  await expect(upcoming.getByRole("heading", { name: appointment.serviceName })).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === "__Host-booking-session");
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "None", path: "/" });
  expect(cookie?.partitionKey ?? "partitioned").toBeTruthy();
  const thirtyDays = 30 * 24 * 3600;
  expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(thirtyDays - 120);

  await page.reload();
  await expect(upcoming.getByRole("heading", { name: appointment.serviceName })).toBeVisible();
});

// If this breaks, a shared or lost phone keeps its owner signed in.
test("signing out ends the session on this device", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Omar Haddad");
  await signInAs(page, sandbox, client);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/bookings");
  await expect(page.getByRole("link", { name: "Find my bookings" })).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === "__Host-booking-session")).toBe(false);
});

// If this breaks, anyone can find out who is a client of the business by asking for codes.
test("code requests for a client's number and an unknown number answer identically", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Lena Fischer");
  const stranger = unusedPhone();
  await useOwnIp(page);

  // The server action's own answer, read as it passes through, for each request.
  const answers: Array<{ status: number; body: string; ms: number }> = [];
  await page.route("**/sign-in", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const started = Date.now();
    const response = await route.fetch();
    answers.push({ status: response.status(), body: await response.text(), ms: Date.now() - started });
    await route.fulfill({ response });
  });
  async function ask(phone: string) {
    await requestCode(page, phone);
    return answers.at(-1)!;
  }
  const known = await ask(client.phone);
  const unknown = await ask(stranger.phone);

  expect(unknown.status).toBe(known.status);
  expect(unknown.body).toBe(known.body);
  expect(Math.abs(unknown.ms - known.ms)).toBeLessThan(1_000);
  await codeFromOutbox(sandbox, client.e164);
  expect((await sandbox.outbox("api")).filter((m) => m.to.phoneNumber === stranger.e164)).toEqual([]);
});

// If this breaks, a 6-digit code can be guessed by trying long enough.
test("after five wrong codes even the right one is refused", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Ivo Novak");
  await useOwnIp(page);
  await requestCode(page, client.phone);
  const code = await codeFromOutbox(sandbox, client.e164);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");

  for (let attempt = 1; attempt <= 5; attempt++) {
    await enterCode(page, wrong);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "That code is not right. Check the message and try again.",
    );
  }
  await enterCode(page, code);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That code has expired or was tried too many times. Ask for a new one.",
  );
  await expectNoAxeViolations(page);
  await page.goto("/bookings");
  await expect(page.getByRole("link", { name: "Find my bookings" })).toBeVisible();
});

// If this breaks, one number can be flooded with WhatsApp messages the business pays for.
test("a fourth code for the same number within 15 minutes is refused", async ({ page, sandbox }) => {
  const client = await createClient(sandbox, "Rita Costa");
  await useOwnIp(page);
  for (let request = 1; request <= 3; request++) await requestCode(page, client.phone);

  await page.goto("/sign-in");
  await page.getByRole("combobox", { name: "Country" }).selectOption("GB");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(client.phone);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Too many codes were requested for this number",
  );
  await expect
    .poll(async () => (await sandbox.outbox("api")).filter((m) => m.to.phoneNumber === client.e164).length)
    .toBe(3);
});

// If this breaks, the link in a confirmation message no longer opens the booking on another device,
// or its token lingers in the address bar, history or Referer headers.
test("a manage link opens the booking without signing in, and the token leaves the address bar", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Kai Morgan");
  const appointment = await bookAppointment(sandbox, client, { hoursFromNow: 24 * 7 });
  const session = await joinClass(sandbox, client);
  const secret = e2eSessionSecret();
  const expiresAt = Date.now() + 8 * 24 * 3_600_000;
  await useOwnIp(page);

  const appointmentToken = createManageToken(
    { kind: "appointment", bookingId: appointment.id, clientId: client.id, expiresAt },
    secret,
  );
  const response = await page.goto(`/manage#${appointmentToken}`);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(page).toHaveURL(new RegExp(`/bookings/${appointment.id}(\\?tz=[^&]+)?$`));
  expect(new URL(page.url()).hash).toBe("");
  await expect(page.getByRole("main")).toContainText(appointment.serviceName);
  // Opened from a link days later, it is not a fresh "You're booked".
  await expect(page.getByRole("heading", { level: 1, name: "Your appointment" })).toBeVisible();

  // A link opens its own booking only: the class is not shown until its own link (or a code) is used.
  await page.goto("/bookings");
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  await expect(upcoming.getByRole("article", { name: appointment.serviceName })).toBeVisible();
  await expect(upcoming.getByRole("article", { name: session.name })).toHaveCount(0);

  const classToken = createManageToken(
    { kind: "class", bookingId: session.id, clientId: client.id, expiresAt },
    secret,
  );
  await page.goto(`/manage#${classToken}`);
  await expect(page).toHaveURL(new RegExp(`/classes/${session.id}(\\?.*)?$`));
  await expect(page.getByRole("main")).toContainText(session.name);
  await page.goto("/bookings");
  await expect(upcoming.getByRole("article", { name: session.name })).toBeVisible();
});
