import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test, type SandboxControl } from "./fixtures";
import { chosenInstant, expectStep, fillDetails, randomUkMobile, waitForSlots } from "./booking-helpers";
import { sandboxApiKey } from "./ports";
import { codeFromOutbox, createClient, enterCode, requestCode, useOwnIp } from "./sign-in-helpers";

// The sandbox key of every e2e run is this canary (e2e/ports.ts): the app uses it for every upstream
// call, so wherever it could leak to a browser, these tests would find it.
const canary = sandboxApiKey;
const distDir = process.env.E2E_DIST_DIR ?? ".next";
// A stack trace or a file path in a page gives away the server's layout to whoever triggers an error.
const stackFrame =
  /\bat [\w$.<>[\] ]+ \((?:\/|[A-Z]:\\|file:|webpack|node:)|\bat (?:\/|file:\/\/)\S+:\d+:\d+/;
const checkoutPath = process.cwd();

interface Seen {
  url: string;
  status: number;
  contentType: string;
  text: string;
  headers: Array<{ name: string; value: string }>;
}

/** Every response the context receives (documents, scripts, styles, RSC payloads, action answers). */
function recordResponses(context: BrowserContext) {
  const pending: Array<Promise<Seen>> = [];
  context.on("response", (response) => {
    pending.push(
      (async () => {
        const headers = await response.headersArray();
        // Redirects and aborted loads have no body; their headers are still checked.
        const body = await response.body().catch(() => Buffer.alloc(0));
        return {
          url: response.url(),
          status: response.status(),
          contentType: response.headers()["content-type"] ?? "",
          text: body.toString("latin1"),
          headers,
        };
      })(),
    );
  });
  return async () => Promise.all(pending);
}

function expectNoLeaks(seen: Seen[]) {
  // The search only means something if bodies were read: pages, and React's server payloads.
  expect(seen.some((response) => response.text.includes("Lotus &amp; Lane"))).toBe(true);
  expect(seen.some((response) => response.contentType.startsWith("text/x-component"))).toBe(true);
  for (const response of seen) {
    expect(response.text.includes(canary), `canary in the body of ${response.url}`).toBe(false);
    const headerText = response.headers.map(({ name, value }) => `${name}: ${value}`).join("\n");
    expect(headerText.includes(canary), `canary in the headers of ${response.url}`).toBe(false);
    expect(headerText.toLowerCase(), `X-Powered-By on ${response.url}`).not.toContain("x-powered-by");
    if (!new URL(response.url).pathname.startsWith("/_next/static/")) {
      expect(response.text.includes(checkoutPath), `server file path in ${response.url}`).toBe(false);
      expect(stackFrame.test(response.text), `stack trace in ${response.url}`).toBe(false);
    }
  }
}

async function bookFirstFreeTime(page: Page, phone: string) {
  await page.goto("/book");
  await page.getByRole("link", { name: /Soho Studio/ }).click();
  await expectStep(page, "Choose a service");
  await page.getByRole("link", { name: /Signature Haircut/ }).click();
  await expectStep(page, "Choose who you would like to see");
  await page.getByRole("link", { name: /Any available/ }).click();
  await waitForSlots(page);
  // Far enough ahead that the confirmation offers its manage link (outside the notice period).
  const date = new Date(Date.now() + 5 * 86_400_000).toLocaleDateString("en-CA", {
    timeZone: "Europe/London",
  });
  await page.goto(`${page.url()}&month=${date.slice(0, 7)}&date=${date}`);
  await waitForSlots(page);
  await page
    .getByRole("button", { name: /^Choose / })
    .first()
    .click();
  await expectStep(page, "Your details");
  chosenInstant(page);
  await fillDetails(page, { name: "Canary Walker", phone });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You're booked" })).toBeVisible();
}

async function signInWithCode(page: Page, sandbox: SandboxControl) {
  const client = await createClient(sandbox, "Canary Reader");
  await useOwnIp(page);
  await requestCode(page, client.phone);
  await enterCode(page, await codeFromOutbox(sandbox, client.e164));
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
}

// If the key reached a page, a script or a server-component payload, anyone could read and change
// every booking of the business. Walks the booking journey, its confirmation and manage link, my
// bookings signed in and out, sign-in, classes and not-found.
test("the API key reaches no browser on any page or step", async ({ page, context, browser, sandbox }) => {
  const seen = recordResponses(context);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await bookFirstFreeTime(page, randomUkMobile());
  const manageLink = await page.getByRole("textbox", { name: "Private link to this booking" }).inputValue();
  const calendarFile = await page.request.get(`${new URL(page.url()).pathname}/calendar.ics`);
  expect(calendarFile.status()).toBe(200);
  expect((await calendarFile.text()).includes(canary)).toBe(false);
  await page.goto("/bookings");
  await expect(page.getByRole("heading", { level: 1, name: "My bookings" })).toBeVisible();
  await page.goto("/classes");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/classes/cls_pilates_last_spot");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/this-page-does-not-exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  const stranger = await browser.newContext();
  const strangerSeen = recordResponses(stranger);
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(manageLink);
  await expect(strangerPage).toHaveURL(/\/bookings\/apt_/);
  await expect(strangerPage.getByRole("heading", { level: 1 })).toBeVisible();
  await stranger.clearCookies();
  await strangerPage.goto("/bookings");
  await expect(strangerPage.getByRole("link", { name: "Find my bookings" })).toBeVisible();
  await signInWithCode(strangerPage, sandbox);
  await stranger.close();

  expectNoLeaks([...(await seen()), ...(await strangerSeen())]);
});

// Error pages are where frameworks leak most: with the upstream failing, pages and actions must
// still carry no key, no stack trace and no server file path.
test("failing upstream pages leak no key, stack trace or file path", async ({ page, context, sandbox }) => {
  const seen = recordResponses(context);
  await bookFirstFreeTime(page, randomUkMobile());
  const confirmation = new URL(page.url()).pathname;
  await sandbox.settings({ failRate: 1 });
  for (const path of [
    "/",
    "/book?location=loc_london",
    "/classes",
    "/classes/cls_pilates_last_spot",
    confirmation,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.locator("body")).not.toHaveText(stackFrame);
  }
  await page.goto("/bookings");
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible({ timeout: 20_000 });
  const calendarFile = await page.request.get(`${confirmation}/calendar.ics`);
  expect(calendarFile.status()).toBeLessThan(600);
  expect(await calendarFile.text()).not.toMatch(stackFrame);
  expectNoLeaks(await seen());
});

// Source maps hand out the original source; none may be built for or served to browsers.
test("no source maps are served and the build's static files hold no key", async ({ page, context }) => {
  const seen = recordResponses(context);
  await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=any");
  await waitForSlots(page);
  const scripts = (await seen()).filter(
    (response) => response.url.includes("/_next/static/") && response.url.endsWith(".js"),
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.text, script.url).not.toMatch(/\/\/# sourceMappingURL=(?!data:)/);
    expect((await page.request.get(`${script.url}.map`)).status(), `${script.url}.map`).toBe(404);
  }

  const files = filesUnder(path.join(distDir, "static"));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
  const leaking = files.filter((file) => readFileSync(file, "latin1").includes(canary));
  expect(leaking).toEqual([]);
});

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}
