import { expect } from "./fixtures";
import { appFrame, hostEvents, inlineSnippet, test } from "./embed-helpers";
import { appUrl, embedHostUrl } from "./ports";

const embeddable = ["/", "/book", "/classes", "/bookings", "/sign-in", "/manage"];
const notEmbeddable = ["/embed-demo", "/api/webhooks/whautomate", "/no-such-page"];

// Who may frame the portal is the business's decision (EMBED_ALLOWED_ORIGINS); a page that is not a
// customer page is never framed (clickjacking). If this breaks, any site can wrap the booking pages,
// or the business's own site gets a blank frame.
test("customer pages may be framed by the allowed sites only, and nothing else by anyone", async ({
  request,
}) => {
  for (const path of embeddable) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain(`frame-ancestors 'self' ${embedHostUrl};`);
    expect(headers["x-frame-options"], path).toBeUndefined();
  }
  for (const path of notEmbeddable) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
});

// Only scripts carrying this response's nonce may run (Next stamps it on its own), and the nonce is
// new on every response; /manage keeps no-referrer from next.config.ts. If this breaks, an injected
// script runs, or manage tokens leak through Referer headers.
test("every page gets a fresh script nonce, and /manage keeps its referrer policy", async ({ request }) => {
  const nonces = new Set<string>();
  for (let visit = 0; visit < 2; visit++) {
    const response = await request.get("/book");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    nonces.add(nonce!);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
  expect((await request.get("/manage")).headers()["referrer-policy"]).toBe("no-referrer");
  expect((await request.get("/book")).headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

// The refusal is the browser's, not a polite message: a site not on the list gets no booking page at
// all, and hears nothing.
test("a site not on the allowed list gets a frame the browser refuses to show", async ({
  page,
  sandbox,
  strangerSite,
}) => {
  await sandbox.reset({ now: null });
  const refused = page.waitForResponse((response) => response.url().startsWith(`${appUrl}/book`));
  await page.goto(strangerSite.show(inlineSnippet("/book")));
  expect((await refused).headers()["content-security-policy"]).toContain(
    `frame-ancestors 'self' ${embedHostUrl};`,
  );
  const frameElement = page.locator('iframe[title="Online booking"]');
  await expect.poll(async () => (await appFrame(frameElement)).url()).toMatch(/^chrome-error:/);
  await expect(frameElement.contentFrame().getByRole("heading", { name: "Book" })).toHaveCount(0);
  expect(await hostEvents(page)).toEqual([]);
});

// A site owner who forgot to list their site must learn why from the console, and their visitors
// still reach the booking pages through a link rather than a grey box.
test("a refused frame is followed by a link to the booking page and a console message for the owner", async ({
  page,
  strangerSite,
}) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.goto(strangerSite.show(inlineSnippet("/book")));
  const link = page.getByRole("link", { name: "Open the booking page" });
  await expect(link).toBeVisible({ timeout: 20_000 });
  await expect(link).toHaveAttribute("href", `${appUrl}/book`);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(page.locator('iframe[title="Online booking"]')).toBeHidden();
  expect(warnings.join("\n")).toContain("EMBED_ALLOWED_ORIGINS");
});

// An allowed site's frame says it is ready, so no link is added beside a working frame.
test("a frame that loads gets no fallback link", async ({ page, hostSite }) => {
  await page.goto(hostSite.show(inlineSnippet("/book")));
  await expect
    .poll(() => hostEvents(page).then((events) => events.map((event) => event.type)))
    .toContain("booking:ready");
  await page.waitForTimeout(11_000);
  await expect(page.getByRole("link", { name: "Open the booking page" })).toHaveCount(0);
});
