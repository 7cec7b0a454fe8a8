import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForSlots } from "./booking-helpers";
import { embedHostUrl } from "./ports";

const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? null;

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1) ?? [];
}

function expectBaseHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["permissions-policy"], label).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["x-powered-by"], label).toBeUndefined();
  expect(headers["referrer-policy"], label).toBeTruthy();
}

// Without a fresh nonce per response and 'strict-dynamic', one injected script tag runs with the
// page's full power; a nonce that repeats can be copied from one page into an injection.
test("every page has a Content-Security-Policy with its own nonce and 'strict-dynamic'", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/", "/book", "/classes", "/sign-in", "/bookings", "/this-page-does-not-exist"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"] ?? "";
    const scripts = directive(policy, "script-src");
    expect(scripts, path).toContain("'strict-dynamic'");
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(directive(policy, "object-src"), path).toEqual(["'none'"]);
    expect(directive(policy, "base-uri"), path).toEqual(["'none'"]);
    const nonce = nonceOf(policy);
    expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    nonces.add(nonce!);
    expectBaseHeaders(response, path);
    expect(response.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  expect(nonces.size).toBe(7);
});

// A script without the response's nonce is blocked by the policy: the page would break in
// browsers, and a nonce on the page that differs from the header's would mean it is guessable.
test("every script on a page carries that response's nonce and nothing is blocked", async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of [
    "/",
    "/book?location=loc_london&service=svc_signature_cut&staff=any",
    "/classes",
    "/sign-in",
  ]) {
    const response = await page.goto(path);
    if (path.startsWith("/book")) await waitForSlots(page);
    else await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const nonce = nonceOf((await response!.allHeaders())["content-security-policy"] ?? "");
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((script) => ({ nonce: script.nonce, src: script.src })),
    );
    // Chunks Next's runtime loads after the page (the time-zone search's data) carry no nonce: the
    // nonced script that inserts them vouches for them ('strict-dynamic'). Every other script,
    // inline or not, must carry this response's nonce.
    const chunk = `${new URL(page.url()).origin}/_next/static/chunks/`;
    const vouched = scripts.filter((script) => script.nonce || !script.src.startsWith(chunk));
    expect(vouched.length, path).toBeGreaterThan(0);
    expect(new Set(vouched.map((script) => script.nonce)), path).toEqual(new Set([nonce]));
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      path,
    ).toEqual([]);
  }
});

// The server keeps a page any visitor without a session sees, and serves it again while its upstream
// answers are current (lib/rendering/page-cache.ts): each answer must still have a nonce of its own,
// on every script too, and must not hand the first visitor's device id to the next.
test("a page served again to the next visitor has its own nonce and device id, and its scripts run", async ({
  browser,
}) => {
  const path = "/book?location=loc_london";
  const visits = [];
  for (const visitor of ["first", "next"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener("securitypolicyviolation", (event) =>
        violations.push(event.violatedDirective),
      );
    });
    const response = await page.goto(path);
    const headers = await response!.allHeaders();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const nonces = await page.evaluate(() =>
      [...document.scripts].map((script) => script.nonce).filter(Boolean),
    );
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    const device = (await context.cookies()).find((cookie) => cookie.name === "__Host-booking-device")?.value;
    // The page works: a service's link opens its step.
    await page
      .getByRole("link", { name: /Signature Haircut/ })
      .first()
      .click();
    await expect(page).toHaveURL(/service=svc_signature_cut/);
    visits.push({
      visitor,
      cache: headers["x-page-cache"],
      nonce: nonceOf(headers["content-security-policy"] ?? ""),
      nonces,
      violations,
      device,
    });
    await context.close();
  }
  const [first, next] = visits;
  expect(["hit", "miss"]).toContain(first!.cache);
  expect(next!.cache).toBe("hit");
  expect(next!.nonce).not.toBe(first!.nonce);
  for (const visit of visits) {
    expect(visit.nonces.length, visit.visitor).toBeGreaterThan(0);
    expect(new Set(visit.nonces), visit.visitor).toEqual(new Set([visit.nonce]));
    expect(visit.violations, visit.visitor).toEqual([]);
    expect(visit.device, visit.visitor).toMatch(/^[A-Za-z0-9_-]{22}$/);
  }
  expect(next!.device).not.toBe(first!.device);
});

// The embed lets listed sites frame the customer pages; anything else framed could be clickjacked.
test("frame-ancestors follow the page type: customer pages for listed sites, the rest for none", async ({
  request,
}) => {
  for (const path of ["/", "/book", "/classes", "/bookings", "/sign-in", "/manage"]) {
    const response = await request.get(path);
    const ancestors = directive(response.headers()["content-security-policy"] ?? "", "frame-ancestors");
    expect(ancestors, path).toEqual(["'self'", embedHostUrl]);
    expect(response.headers()["x-frame-options"], path).toBeUndefined();
  }
  for (const path of ["/embed-demo", "/this-page-does-not-exist"]) {
    const response = await request.get(path);
    const ancestors = directive(response.headers()["content-security-policy"] ?? "", "frame-ancestors");
    expect(ancestors, path).toEqual(["'none'"]);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expectBaseHeaders(response, path);
  }
  const webhook = await request.post("/api/webhooks/whautomate", { data: {} });
  expect(webhook.status()).toBeLessThan(500);
  expect(directive(webhook.headers()["content-security-policy"] ?? "", "frame-ancestors")).toEqual([
    "'none'",
  ]);
  expect(webhook.headers()["x-powered-by"]).toBeUndefined();
});

// The JSON routes skip the proxy; their headers come from next.config.ts. Without them a read could
// be framed or sniffed as HTML, and an unknown /api/ path would answer a page without its nonce.
test("the /api/ routes answer under a policy that lets nothing load, and unknown ones as JSON", async ({
  request,
}) => {
  const read = await request.get(
    "/api/availability/month?locationId=loc_london&serviceId=svc_signature_cut&staffId=stf_amelia&addOns=&month=2027-01",
  );
  const unknown = await request.get("/api/no-such-route");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ code: "not_found" });
  for (const [label, response] of [
    ["read", read],
    ["unknown", unknown],
  ] as const) {
    expect(response.headers()["content-type"], label).toContain("application/json");
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(directive(policy, "default-src"), label).toEqual(["'none'"]);
    expect(directive(policy, "frame-ancestors"), label).toEqual(["'none'"]);
    expect(response.headers()["x-frame-options"], label).toBe("DENY");
    expectBaseHeaders(response, label);
  }
});

// The manage page carries its token in the fragment; a Referer must never carry the page's URL out.
test("the manage page sends no referrer", async ({ request }) => {
  const response = await request.get("/manage");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
  expectBaseHeaders(response, "/manage");
});

// Static files and the embed script are served outside the proxy; they still must not name the server.
test("scripts and static files do not name the server", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/_next/static/")) scripts.push(response.url());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of [...scripts.slice(0, 5), "/embed.js"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["x-powered-by"], url).toBeUndefined();
  }
});

// The device id tells one browser's writes from another's copy of them; a shared cache that kept a
// file's answer with its Set-Cookie would hand one id to everyone, so only pages give it out.
test("a browser's first page gives it a device id; a file's answer sets none", async ({ request }) => {
  const deviceCookie = (response: APIResponse) =>
    response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === "set-cookie")
      .map((header) => header.value)
      .find((value) => value.startsWith("__Host-booking-device="));
  for (const path of ["/brand-icon.svg", "/manifest.webmanifest"]) {
    expect(deviceCookie(await request.get(path)), path).toBeUndefined();
  }
  const cookie = deviceCookie(await request.get("/book"));
  expect(cookie).toMatch(/^__Host-booking-device=[A-Za-z0-9_-]{22};/);
  expect(cookie).toMatch(/; HttpOnly/i);
  expect(cookie).toMatch(/; Secure/i);
  // Kept from then on, not given again.
  expect(deviceCookie(await request.get("/classes"))).toBeUndefined();
});
