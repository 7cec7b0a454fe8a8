// Two instances behind a round-robin proxy share one Redis. If these fail, a busy deployment
// behaves as several unrelated apps: a code sent by one is refused by the other, each counts its own
// limits (N instances, N times the limit), one keeps offering a time the other just booked, and a
// request that reaches both books twice.
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import type { Browser } from "@playwright/test";
import {
  appointmentsOfPhone,
  bookThroughApi,
  chooseFirstSlot,
  chosenInstant,
  expectStep,
  fillDetails,
  randomUkMobile,
  takeFirstSlot,
  waitForSlots,
  walkToAmeliasTimes,
  type AppointmentRecord,
} from "../booking-helpers";
import { proxyUrl } from "../ports";
import { codeFromOutbox, createClient, enterCode, requestCode } from "../sign-in-helpers";
import {
  expect,
  expectNoAxeViolations,
  randomAddress,
  servedBy,
  test,
  visitFrom,
  type InstanceName,
} from "./fixtures";

const amelia = "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia&tz=Europe/London";
const ameliaCut = {
  locationId: "loc_london",
  serviceId: "svc_signature_cut",
  staffId: "stf_amelia",
  timeZone: "Europe/London",
};

test("a booking journey whose requests alternate between the instances ends booked", async ({
  page,
  sandbox,
}) => {
  await visitFrom(page, randomAddress());
  const instances = servedBy(page);
  const phone = randomUkMobile();
  await page.goto("/book");
  await expectStep(page, "Choose a location");
  await walkToAmeliasTimes(page);
  await takeFirstSlot(page);
  const startsAt = chosenInstant(page);
  await fillDetails(page, { name: "Ada Lovelace", phone });
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect([...instances].sort()).toEqual(["a", "b"]);
  const [appointment] = await appointmentsOfPhone(sandbox, "stf_amelia", phone);
  expect(appointment).toMatchObject({ status: "Booked", startTimeUTC: startsAt });
});

test("a sign-in code sent by one instance is accepted by the other, whose session both honour", async ({
  page,
  sandbox,
}) => {
  const client = await createClient(sandbox, "Mary Jackson");
  const address = randomAddress();
  await visitFrom(page, address, "a");
  const sent = page.waitForResponse((response) => response.request().method() === "POST");
  await requestCode(page, client.phone);
  expect((await sent).headers()["x-served-by"]).toBe("a");

  await visitFrom(page, address, "b");
  const checked = page.waitForResponse((response) => response.request().method() === "POST");
  await enterCode(page, await codeFromOutbox(sandbox, client.e164));
  expect((await checked).headers()["x-served-by"]).toBe("b");
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();

  await visitFrom(page, address, "a");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Find my bookings" })).toHaveCount(0);
});

test("sign-in codes for one number are counted across both instances", async ({ page, sandbox, cluster }) => {
  const client = await createClient(sandbox, "Christine Darden");
  await visitFrom(page, randomAddress());
  const { a, b } = cluster.instances;
  for (const instance of [a, b, a]) {
    await requestCode(page, client.phone, instance.url);
  }
  await page.goto(`${b.url}/sign-in`);
  await page.getByRole("combobox", { name: "Country" }).selectOption("GB");
  await page.getByRole("textbox", { name: "Mobile number" }).fill(client.phone);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText("Too many codes were requested for this number")).toBeVisible();
  await expectNoAxeViolations(page);
  const codes = (await sandbox.outbox("api")).filter((message) => message.to.phoneNumber === client.e164);
  expect(codes).toHaveLength(3);
});

/**
 * A visitor new to `instance` (no session: the page any visitor is shown, which the instance keeps
 * and serves again while its free times are current) is not offered `time`.
 */
async function expectGoneForNewVisitor(browser: Browser, instance: string, time: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await visitFrom(page, randomAddress());
  const shown = await page.goto(`${instance}${amelia}`);
  expect(["hit", "miss"]).toContain(shown?.headers()["x-page-cache"]);
  await waitForSlots(page);
  await expect(page.getByRole("button", { name: time, exact: true })).toHaveCount(0);
  await context.close();
}

test("a time booked on one instance is gone at once from the other's cached free times", async ({
  page,
  sandbox,
  cluster,
  browser,
}) => {
  const { a, b } = cluster.instances;
  await visitFrom(page, randomAddress());
  await page.goto(`${b.url}${amelia}`);
  await waitForSlots(page);
  const slots = page.getByRole("button", { name: /^Choose / });
  // The day's first and last times, so the two bookings cannot overlap.
  const [time, frontDeskTime] = await Promise.all(
    [slots.first(), slots.last()].map((slot) => slot.getAttribute("aria-label")),
  );
  await slots.last().click();
  await expectStep(page, "Your details");
  await bookThroughApi(sandbox, { ...ameliaCut, startsAt: chosenInstant(page) });

  // The front desk's booking is not announced (this sandbox sends no webhooks): b still offers its
  // time, which shows b answers from its cache, not from the sandbox.
  await page.goto(`${b.url}${amelia}`);
  await waitForSlots(page);
  await expect(page.getByRole("button", { name: frontDeskTime!, exact: true })).toHaveCount(1);

  await page.goto(`${a.url}${amelia}`);
  await page.getByRole("button", { name: time!, exact: true }).click();
  await expectStep(page, "Your details");
  await fillDetails(page, { name: "Dorothy Vaughan", phone: randomUkMobile() });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

  await page.goto(`${b.url}${amelia}`);
  await waitForSlots(page);
  await expect(page.getByRole("button", { name: time!, exact: true })).toHaveCount(0);
  await expectGoneForNewVisitor(browser, b.url, time!);
});

test("a webhook delivered to one instance clears the other's cached free times", async ({
  page,
  sandbox,
  cluster,
  request,
  browser,
}) => {
  const { a, b } = cluster.instances;
  await visitFrom(page, randomAddress());
  await page.goto(`${b.url}${amelia}`);
  await waitForSlots(page);
  const slot = page.getByRole("button", { name: /^Choose / }).first();
  const time = (await slot.getAttribute("aria-label"))!;
  await slot.click();
  await expectStep(page, "Your details");
  const booked = await bookThroughApi(sandbox, { ...ameliaCut, startsAt: chosenInstant(page) });

  // Booked at the front desk and not yet announced: b still offers the time from its cache.
  await page.goto(`${b.url}${amelia}`);
  await waitForSlots(page);
  await expect(page.getByRole("button", { name: time, exact: true })).toHaveCount(1);

  const announced = await request.post(`${a.url}/api/webhooks/whautomate`, {
    headers: { "x-webhook-secret": cluster.webhookSecret },
    data: {
      event: {
        id: "evt_front_desk",
        type: "appointment_scheduled",
        timeStamp: new Date().toISOString(),
        key: booked.id,
      },
      appointment: await sandbox.api<AppointmentRecord>(`/v1/appointments/${booked.id}`),
    },
  });
  expect(await announced.json()).toEqual({ received: true, applied: true });

  await page.goto(`${b.url}${amelia}`);
  await waitForSlots(page);
  await expect(page.getByRole("button", { name: time, exact: true })).toHaveCount(0);
  await expectGoneForNewVisitor(browser, b.url, time);
});

/** Sends a copy of a request to the proxy, pinned to `instance`; answers its status and body. */
function sendCopy(
  path: string,
  headers: Record<string, string>,
  body: Buffer,
  instance: InstanceName,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const copy = httpRequest(
      `${proxyUrl}${path}`,
      {
        method: "POST",
        headers: { ...headers, "x-instance": instance, "content-length": String(body.length) },
      },
      async (answer) => {
        const chunks: Buffer[] = [];
        for await (const chunk of answer) chunks.push(chunk as Buffer);
        resolve({ status: answer.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
      },
    );
    copy.on("error", reject);
    copy.end(body);
  });
}

test("the same booking request reaching both instances at once books one appointment", async ({
  page,
  sandbox,
}) => {
  const phone = randomUkMobile();
  await visitFrom(page, randomAddress(), "a");
  await chooseFirstSlot(page, amelia);
  await fillDetails(page, { name: "Annie Easley", phone });

  const device = randomBytes(16).toString("base64url");
  const copies: Promise<{ status: number; body: string }>[] = [];
  await page.route(
    (url) => url.pathname === "/book",
    async (route) => {
      const sent = route.request();
      if (sent.method() !== "POST") return route.fallback();
      const headers = await sent.allHeaders();
      // A returning visitor's browser, holding the device id an earlier booking gave it: that is
      // what makes the copy the same requester's repeat rather than someone else's attempt.
      headers.cookie = [headers.cookie, `__Host-booking-device=${device}`].filter(Boolean).join("; ");
      const { pathname, search } = new URL(sent.url());
      copies.push(sendCopy(pathname + search, headers, sent.postDataBuffer() ?? Buffer.alloc(0), "b"));
      await route.fulfill({ response: await route.fetch({ headers }) });
    },
  );
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();

  const booked = await appointmentsOfPhone(sandbox, "stf_amelia", phone);
  expect(booked).toHaveLength(1);
  expect(page.url()).toContain(booked[0]!.id);
  // The copy is answered as the repeat it is: the same appointment, not "just booked by someone else".
  const [copy] = await Promise.all(copies);
  expect(copy?.status).toBe(200);
  expect(copy?.body).toContain(booked[0]!.id);
});
