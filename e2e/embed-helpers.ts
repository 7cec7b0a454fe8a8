// Helpers for the embed specs: a business's website on another site than the app (127.0.0.1 is not
// localhost's site, so the frame is a third-party context), the frame in it, and what the page heard.
import { createServer, type Server } from "node:http";
import type { Frame, FrameLocator, Locator, Page } from "@playwright/test";
import { expect, test as sandboxTest } from "./fixtures";
import { appUrl, embedHostUrl, strangerHostUrl } from "./ports";

export interface HostSite {
  /** Serves this body on the site's root page and returns the page's address. */
  show(body: string): string;
  close(): Promise<void>;
}

async function startHostSite(origin: string): Promise<HostSite> {
  let page = "";
  const server: Server = createServer((request, response) => {
    if (request.url !== "/") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
  });
  const { hostname, port } = new URL(origin);
  await new Promise<void>((resolve) => server.listen(Number(port), hostname, resolve));
  return {
    show(body) {
      page = hostDocument(body);
      return `${origin}/`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function serveSite(origin: string, use: (site: HostSite) => Promise<void>) {
  const site = await startHostSite(origin);
  await use(site);
  await site.close();
}

/**
 * The embed specs' `test`: the business's website (`hostSite`, on EMBED_ALLOWED_ORIGINS) and a site
 * that is not on the list (`strangerSite`), each started once per worker when a test first asks.
 */
export const test = sandboxTest.extend<object, { hostSite: HostSite; strangerSite: HostSite }>({
  hostSite: [async ({}, use) => serveSite(embedHostUrl, use), { scope: "worker" }],
  strangerSite: [async ({}, use) => serveSite(strangerHostUrl, use), { scope: "worker" }],
});

const eventNames = ["ready", "booked", "rescheduled", "cancelled", "class-joined", "class-left"];

// What a business's page looks like: its own heading and text around the snippet, and a recorder of
// every booking event that reaches the document.
function hostDocument(body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Salon</title>
<script>
  window.bookingEvents = [];
  ${JSON.stringify(eventNames)}.forEach(function (name) {
    document.addEventListener("booking:" + name, function (event) {
      window.bookingEvents.push({ type: event.type, detail: event.detail });
    });
  });
</script>
</head>
<body style="margin:0;font-family:sans-serif">
<main style="max-width:60rem;margin:0 auto;padding:1rem">
<h1>Harbour Salon</h1>
<p>Book your next visit below.</p>
${body}
<p>Harbour Salon, 1 Quay Street.</p>
</main>
</body>
</html>`;
}

/** The inline snippet as a business pastes it. */
export function inlineSnippet(path: string, options: Record<string, string> = {}): string {
  const attributes = Object.entries(options)
    .map(([name, value]) => ` data-${name}="${value}"`)
    .join("");
  return `<script src="${appUrl}/embed.js" data-path="${path}"${attributes} async></script>`;
}

export interface HostEvent {
  type: string;
  detail: { id?: string; start?: string; end?: string; status?: string };
}

export function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { bookingEvents: HostEvent[] }).bookingEvents);
}

/** The app's frame as a Playwright Frame, for evaluating inside it. */
export async function appFrame(frameElement: Locator): Promise<Frame> {
  const handle = await frameElement.elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("The booking frame has no document");
  return frame;
}

/** Waits for a step heading of the booking journey inside the frame. */
export async function expectFrameStep(frame: FrameLocator, name: string) {
  await expect(frame.getByRole("heading", { level: 2, name })).toBeVisible();
}

/**
 * The frame is exactly as tall as its content (to the pixel) and the content never scrolls inside it,
 * across or down. Returns the frame's height.
 */
export async function expectFrameFitsContent(frameElement: Locator): Promise<number> {
  const frame = await appFrame(frameElement);
  let height = 0;
  await expect
    .poll(
      async () => {
        height = await frameElement.evaluate((element) => element.getBoundingClientRect().height);
        const content = await frame.evaluate(() => {
          const root = document.documentElement;
          return {
            height: Math.ceil(Math.max(root.getBoundingClientRect().height, document.body.scrollHeight)),
            scrollsDown: root.scrollHeight > window.innerHeight,
            scrollsAcross: root.scrollWidth > window.innerWidth,
          };
        });
        return {
          heightMatches: Math.abs(height - content.height) <= 1,
          scrollsDown: content.scrollsDown,
          scrollsAcross: content.scrollsAcross,
        };
      },
      { message: "the frame's height follows its content with no inner scrollbar" },
    )
    .toEqual({ heightMatches: true, scrollsDown: false, scrollsAcross: false });
  return height;
}
