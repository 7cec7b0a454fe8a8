import type { Page } from "@playwright/test";
import { compiledMessages } from "../lib/i18n/catalogues";
import { languageOf, type Locale } from "../lib/i18n/locales";
import { createTranslator } from "../lib/i18n/translate";
import { expectStep, randomUkMobile, type AppointmentRecord } from "./booking-helpers";
import { freshPhone, type SandboxParticipant } from "./classes-helpers";
import { expectFrameStep, inlineSnippet, test as embedTest } from "./embed-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { codeFromOutbox, useOwnIp } from "./sign-in-helpers";

/** The app's own words in a locale, as the catalogue has them. */
function wordsOf(locale: Locale) {
  return createTranslator(locale, compiledMessages(languageOf(locale)), { business: "Lotus & Lane" });
}

/** A message with one argument left open: what a name built from it matches, whatever the value. */
function shapeOf(text: string): RegExp {
  const marker = "\u0001";
  const escaped = text
    .replace(/[\u2068\u2069]/g, "")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(marker, ".+");
  return new RegExp(`^${escaped}$`);
}

async function expectDocument(page: Page, lang: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

const ar = wordsOf("ar");
const hi = wordsOf("hi");

// The three journeys in the two languages furthest from English, on a phone as most clients are:
// every step in the visitor's words, right to left for Arabic, and accessible.
for (const [locale, words, dir] of [
  ["ar", ar, "rtl"],
  ["hi", hi, "ltr"],
] as const) {
  test.describe(`in ${locale}`, () => {
    test.skip(({ isMobile }) => !isMobile, "the journeys in other languages run on a phone");

    // The phone field starts on the chosen location's country, not the browser's.
    test("a client books an appointment", async ({ page, sandbox }) => {
      await page.goto(`/book?lang=${locale}`);
      await expectDocument(page, locale, dir);
      await expectStep(page, words("booking.step.location"));
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: /Soho Studio/ }).click();

      await expectStep(page, words("booking.step.service"));
      await page.getByRole("link", { name: /Signature Haircut/ }).click();
      await expectStep(page, words("booking.step.staff"));
      await page.getByRole("link", { name: "Amelia Hart" }).click();

      await expectStep(page, words("booking.step.datetime"));
      const firstTime = page
        .getByRole("button", { name: shapeOf(words("booking.slots.choose", { time: "\u0001" })) })
        .first();
      await expect(firstTime).toBeVisible();
      await expectNoAxeViolations(page);
      // The month's arrows sit the way the language reads: "next" on the left in Arabic.
      const previous = page.getByRole("button", {
        name: shapeOf(words("booking.calendar.previous", { month: "\u0001" })),
      });
      const next = page.getByRole("button", {
        name: shapeOf(words("booking.calendar.next", { month: "\u0001" })),
      });
      const nextIsLeft = (await next.boundingBox())!.x < (await previous.boundingBox())!.x;
      expect(nextIsLeft).toBe(dir === "rtl");
      await firstTime.click();

      await expectStep(page, words("booking.step.details"));
      await expect(page.getByRole("combobox", { name: words("form.country") })).toHaveValue("GB");
      await page.getByLabel(words("form.fullName")).fill("Layla Hassan");
      await page.getByRole("textbox", { name: words("form.phone") }).fill(randomUkMobile());
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: words("booking.details.confirm") }).click();

      await expect(
        page.getByRole("heading", { level: 1, name: words("booking.confirmation.title") }),
      ).toBeVisible();
      await expectDocument(page, locale, dir);
      await expectNoAxeViolations(page);
      const appointmentId = new URL(page.url()).pathname.split("/").at(-1)!;
      const stored = await sandbox.api<AppointmentRecord>(`/v1/appointments/${appointmentId}`);
      expect(stored).toMatchObject({ status: "Booked", client: { fullName: "Layla Hassan" } });
    });

    // Spots left read with the language's plurals (Arabic has six forms), a full class in words.
    test("a visitor joins a class", async ({ page, sandbox }) => {
      await page.goto(`/classes/cls_pilates_last_spot?lang=${locale}`);
      await expectDocument(page, locale, dir);
      await expect(page.getByRole("heading", { level: 1, name: "Mat Pilates" })).toBeVisible();
      await expect(page.getByText(words("classes.spotsLeft", { count: 1, capacity: 4 }))).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByLabel(words("form.fullName")).fill("Asha Rao");
      await page.getByRole("textbox", { name: words("form.phone") }).fill(freshPhone());
      await page.getByRole("button", { name: words("classes.join.submit") }).click();

      await expect(page.getByRole("status").filter({ hasText: words("classes.join.booked") })).toBeFocused();
      await expect(page.getByText(words("classes.classFull"), { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      const participants = await sandbox.api<SandboxParticipant[]>(
        "/v1/classes/cls_pilates_last_spot/participants",
      );
      expect(participants.find((participant) => participant.client.fullName === "Asha Rao")?.status).toBe(
        "Booked",
      );
    });

    // The phone number stays readable inside the sentence (isolated in Arabic).
    test("a client signs in with a WhatsApp code", async ({ page, sandbox }) => {
      await useOwnIp(page);
      await page.goto(`/sign-in?lang=${locale}`);
      await expectDocument(page, locale, dir);
      await page.getByRole("combobox", { name: words("form.country") }).selectOption("GB");
      await page.getByRole("textbox", { name: words("form.phone") }).fill("07700 900101");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: words("signIn.send") }).click();
      await expect(page.getByRole("heading", { name: words("signIn.codeTitle") })).toBeFocused();
      const number = dir === "rtl" ? /\u2068\+447700900101\u2069/ : /\+447700900101/;
      await expect(page.getByText(number)).toBeVisible();
      await expectNoAxeViolations(page);

      const code = await codeFromOutbox(sandbox, "+447700900101");
      await page.getByRole("textbox", { name: words("signIn.code") }).fill(code);
      await page.getByRole("button", { name: words("signIn.verify") }).click();
      await expect(page.getByRole("heading", { level: 1, name: words("bookings.title") })).toBeVisible();
      await expectDocument(page, locale, dir);
      await expectNoAxeViolations(page);
    });
  });
}

// The browser's languages are enough: no link or choice needed.
test.describe("with a Hindi browser", () => {
  test.use({ locale: "hi-IN" });

  test("the portal opens in Hindi", async ({ page }) => {
    await page.goto("/classes");
    await expectDocument(page, "hi", "ltr");
    await expect(page.getByRole("heading", { level: 1, name: hi("classes.title") })).toBeVisible();
  });
});

// The switcher: one choice holds on the next pages, in the visitor's own browser, until changed again.
test("the language chosen in the header holds on every page after", async ({ page }) => {
  await page.goto("/");
  await expectDocument(page, "en-US", "ltr");
  const language = page.getByLabel("Language: English (US)");
  const spanish = page.getByRole("link", { name: "Español" });
  await language.focus();
  await page.keyboard.press("Enter");
  await expect(spanish).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(spanish).toBeHidden();
  await expect(language).toBeFocused();
  await language.click();
  await expectNoAxeViolations(page);
  await spanish.click();
  await expectDocument(page, "es", "ltr");
  const es = wordsOf("es");
  await page
    .getByRole("navigation", { name: es("nav.label") })
    .getByRole("link", { name: es("nav.classes") })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: es("classes.title") })).toBeVisible();
  await expectDocument(page, "es", "ltr");

  await page.goto("/book?lang=en-GB");
  await expectDocument(page, "en-GB", "ltr");
  await page.goto("/book");
  await expectDocument(page, "en-GB", "ltr");
});

test.describe("with a British browser", () => {
  test.use({ locale: "en-GB" });

  // Regional English: day before month and the 24-hour clock, until the visitor picks another clock.
  test("times and dates read the British way", async ({ page }) => {
    await page.goto("/book?location=loc_london&service=svc_signature_cut&staff=stf_amelia");
    await expectDocument(page, "en-GB", "ltr");
    const firstTime = page.getByRole("button", { name: /^Choose / }).first();
    await expect(firstTime).toHaveAccessibleName(/^Choose \d{2}:\d{2}$/);
    await expect(
      page.getByRole("group", { name: "Clock" }).getByRole("button", { name: "24-hour" }),
    ).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("heading", { name: /^Free times on \w+day \d{1,2} \w+$/ })).toBeVisible();
  });
});

// A client whose record says Hindi sees the portal in Hindi once they have proved who they are,
// when they had chosen no language themselves.
test("a signed-in client's preferred language is used when the visitor chose none", async ({
  page,
  sandbox,
}) => {
  await useOwnIp(page);
  await page.goto("/sign-in");
  await expectDocument(page, "en-US", "ltr");
  await page.getByRole("combobox", { name: "Country" }).selectOption("IN");
  await page.getByRole("textbox", { name: "Mobile number" }).fill("98330 12345");
  await page.getByRole("button", { name: "Send me a code" }).click();
  await page
    .getByRole("textbox", { name: "6-digit code" })
    .fill(await codeFromOutbox(sandbox, "+919833012345"));
  await page.getByRole("button", { name: "Show my bookings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: hi("bookings.title") })).toBeVisible();
  await expectDocument(page, "hi", "ltr");
});

// A business whose site is in Arabic sets data-lang="ar": the frame and the popup speak Arabic and
// mirror, and a visitor who picks another language inside the frame keeps it on their next visit.
embedTest(
  "the embed follows data-lang, and the visitor's own choice inside it",
  async ({ page, hostSite }) => {
    await page.goto(
      hostSite.show(
        `${inlineSnippet("/book", { lang: "ar" })}<button type="button" data-booking-popup="/classes" data-lang="ar">احجز حصة</button>`,
      ),
    );
    const popupTitle = "الحجز عبر الإنترنت";
    await page.getByRole("button", { name: "احجز حصة" }).click();
    const dialog = page.getByRole("dialog", { name: popupTitle });
    const close = dialog.getByRole("button", { name: "إغلاق" });
    await expect(close).toBeFocused();
    const dialogBox = (await dialog.boundingBox())!;
    expect((await close.boundingBox())!.x - dialogBox.x).toBeLessThan(dialogBox.width / 2);
    await expect(
      dialog.frameLocator("iframe").getByRole("heading", { level: 1, name: ar("classes.title") }),
    ).toBeVisible();
    await close.click();

    const frameElement = page.locator(`iframe[title="${popupTitle}"]`);
    const frame = frameElement.contentFrame();
    await expectFrameStep(frame, ar("booking.step.location"));
    await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
    await expectNoAxeViolations(page);

    await frame.getByLabel(`${ar("nav.language")}: العربية`).click();
    await frame.getByRole("link", { name: "English (UK)" }).click();
    await expectFrameStep(frame, "Choose a location");
    await expect(frame.locator("html")).toHaveAttribute("lang", "en-GB");
    await page.reload();
    await expectFrameStep(page.locator(`iframe[title="${popupTitle}"]`).contentFrame(), "Choose a location");
  },
);
