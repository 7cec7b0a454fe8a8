// The HTTP requests real visitors make while browsing availability and timetables, recorded from
// a browser: each page's HTML, the read routes it calls (the cards' next free times, slots per
// month, classes per week) and the router's own requests for pages (link prefetches, client-side
// navigations), each of which the server renders.
import type { Browser, Request } from "@playwright/test";
import { newVisitor } from "./browser";
import { firstSlot } from "./booking-page";

export interface RecordedRequest {
  method: "GET" | "POST";
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** A page's HTML, a read route (/api/…), or the router's RSC request for a page. */
  kind: "page" | "read" | "rsc";
}

/** One visitor's look at one page: its HTML, then the reads and router requests it made, in order. */
export type BrowsingStep = RecordedRequest[];

const bookingPages = [
  "/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia",
  "/book?location=loc_london&service=svc_signature_cut&staff=stf_oliver",
  "/book?location=loc_london&service=svc_signature_cut&staff=any",
  "/book?location=loc_london&service=svc_full_colour&addOns=&staff=stf_sofia",
  "/book?location=loc_mumbai&service=svc_physio_assessment&addOns=&staff=any",
];

// The service and staff steps, whose cards read their next free times after the page.
const cataloguePages = [
  "/book?location=loc_london",
  "/book?location=loc_london&service=svc_signature_cut",
  "/book?location=loc_mumbai",
  "/book?location=loc_mumbai&service=svc_physio_assessment&addOns=",
];

const isReadRoute = (url: string) => new URL(url).pathname.startsWith("/api/");
const isRouterRequest = (request: Request) => request.headers()["rsc"] === "1";

const DROPPED_HEADERS = new Set(["host", "content-length", "connection", "cookie", "x-forwarded-for"]);

function record(request: Request): RecordedRequest {
  const headers = Object.fromEntries(
    Object.entries(request.headers()).filter(([name]) => !DROPPED_HEADERS.has(name) && !name.startsWith(":")),
  );
  return {
    method: request.method() === "POST" ? "POST" : "GET",
    url: request.url(),
    headers,
    body: request.postData() ?? undefined,
    kind: isReadRoute(request.url()) ? "read" : isRouterRequest(request) ? "rsc" : "page",
  };
}

/** Visits each page as a visitor would (and the next month, and the next week) and keeps what it sent. */
export async function recordBrowsing(browser: Browser, baseUrl: string): Promise<BrowsingStep[]> {
  const steps: BrowsingStep[] = [];
  const visit = async (path: string, then?: (page: import("@playwright/test").Page) => Promise<void>) => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    const requests: RecordedRequest[] = [];
    page.on("request", (request) => {
      const isDocument = request.resourceType() === "document";
      if (isDocument || isReadRoute(request.url()) || isRouterRequest(request))
        requests.push(record(request));
    });
    try {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await then?.(page);
      await page.waitForLoadState("networkidle");
      steps.push([...requests]);
    } finally {
      await context.close();
    }
  };
  for (const path of cataloguePages) {
    await visit(path, async (page) => {
      await page
        .getByText(/^(Next: |No free times)/)
        .first()
        .waitFor({ timeout: 20_000 });
    });
  }
  for (const path of bookingPages) {
    await visit(path, async (page) => {
      await firstSlot(page).waitFor({ timeout: 20_000 });
      await page.getByRole("button", { name: /^Next month/ }).click({ timeout: 5_000 });
    });
  }
  await visit("/classes", async (page) => {
    await page.getByRole("article").first().waitFor({ timeout: 20_000 });
    await page.getByRole("link", { name: "Next week" }).click({ timeout: 5_000 });
  });
  await visit("/classes?location=loc_mumbai");
  return steps.filter((step) => step.some((request) => request.kind === "read"));
}
