import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { freshPhone, joinWithDetails, timetableUrlFor } from "./classes-helpers";

const LINK = "meet.example.com/bandra-guided-meditation";
const PASSCODE = "482913";

/** Every data response the page receives: documents, RSC payloads, server-action answers (not JS bundles). */
function recordDataResponses(page: Page) {
  const reads: Promise<string>[] = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/text\/html|text\/x-component|application\/json|text\/plain/.test(type)) {
      reads.push(response.text().catch(() => ""));
    }
  });
  return () => Promise.all(reads);
}

// The join link and passcode are what an online class is sold for: if they reached a browser that
// holds no booked spot (in HTML, RSC payloads or action results), anyone could attend for free.
test("a non-participant never receives the online link or passcode", async ({ page, sandbox }) => {
  const bodies = recordDataResponses(page);
  const onlineClass = page.getByRole("link", { name: /^Guided Meditation \(Online\), / }).first();
  await page.goto(await timetableUrlFor(sandbox, "cls_meditation_online", "Asia/Kolkata"));
  await expect(onlineClass).toBeVisible();
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(page).toHaveURL(/week=/);
  await expect(onlineClass).toBeVisible();

  await page.goto("/classes/cls_meditation_online?tz=Asia%2FKolkata");
  await expect(page.getByText("The link to join appears here once you have a spot.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the class link" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const html = await page.content();

  const received = await bodies();
  expect(received.some((body) => body.includes("Guided Meditation"))).toBe(true);
  for (const body of [...received, html]) {
    expect(body).not.toContain(LINK);
    expect(body).not.toContain(PASSCODE);
  }
});

// The other half of the rule: a booked participant must get the link, or the class is unusable.
test("a booked participant sees the online link and passcode", async ({ page }) => {
  await page.goto("/classes/cls_meditation_online");
  await joinWithDetails(page, "Ada Lovelace", freshPhone());
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're booked" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the class link" })).toHaveAttribute(
    "href",
    `https://${LINK}`,
  );
  await expect(page.getByText(`Passcode: ${PASSCODE}`)).toBeVisible();
  await expectNoAxeViolations(page);
});
