import { expect, expectNoAxeViolations, test, type SandboxControl } from "./fixtures";
import { bookableDays, dateOfDay, expectStep, waitForSlots } from "./booking-helpers";

// Full Colour at Soho Studio, done by Amelia and Sofia. Both are booked solid today and tomorrow,
// so its first free time is days away: the cards must say which day, not "today".
const LONDON = "Europe/London";
const fullColour = { locationId: "loc_london", serviceId: "svc_full_colour" };
const staffIds = ["stf_amelia", "stf_sofia"] as const;
const HORIZON_DAYS = 14;

test.use({ timezoneId: LONDON, locale: "en-US" });

interface SlotDay {
  date: string;
  slots: Array<{ startTime: string }>;
}

function londonDate(offsetDays: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: LONDON }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** "Thu, Dec 10": how the cards name a day further away than tomorrow. */
const shortDay = (date: string) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "short",
    month: "short",
    day: "numeric",
  }).format(new Date(`${date}T00:00:00Z`));

async function freeStarts(sandbox: SandboxControl, staffId: string, date: string): Promise<string[]> {
  const query = new URLSearchParams({ ...fullColour, staffId, date });
  const [day] = await sandbox.api<SlotDay[]>(`/v1/appointments/slots?${query}`);
  return day?.slots.map((slot) => slot.startTime) ?? [];
}

/**
 * Books every free time of Full Colour today and tomorrow, as other clients would, and answers each
 * staff member's first free date after that (null: none within the cards' two weeks).
 */
async function bookOutTwoDays(
  sandbox: SandboxControl,
): Promise<Record<(typeof staffIds)[number], string | null>> {
  const firstFree = { stf_amelia: null, stf_sofia: null } as Record<(typeof staffIds)[number], string | null>;
  for (const staffId of staffIds) {
    for (const date of [londonDate(0), londonDate(1)]) {
      for (let starts = await freeStarts(sandbox, staffId, date); starts.length > 0;) {
        await sandbox.api("/v1/appointments", {
          method: "POST",
          body: {
            client: { fullName: "Someone Quicker", countryCode: "+44", phone: "7700900999" },
            location: { id: fullColour.locationId },
            service: { id: fullColour.serviceId },
            staff: { id: staffId },
            date,
            time: starts[0],
            timezone: LONDON,
            overrideTimeSlotValidation: false,
          },
        });
        starts = await freeStarts(sandbox, staffId, date);
      }
    }
    for (let offset = 2; offset <= HORIZON_DAYS && !firstFree[staffId]; offset++) {
      if ((await freeStarts(sandbox, staffId, londonDate(offset))).length > 0)
        firstFree[staffId] = londonDate(offset);
    }
  }
  return firstFree;
}

const label = (date: string | null) =>
  date ? `Next: ${shortDay(date)}` : "No free times in the next 2 weeks";

// If this fails, clients choose a service or a person blind again and page through empty days.
test("service and staff cards show the first free day the sandbox has, and the shortcut lands on it", async ({
  page,
  sandbox,
}) => {
  const firstFree = await bookOutTwoDays(sandbox);
  const anyFirst = [firstFree.stf_amelia, firstFree.stf_sofia].filter(Boolean).sort()[0] ?? null;
  expect(anyFirst, "someone does Full Colour within two weeks").not.toBeNull();

  await page.goto("/book?location=loc_london");
  await expectStep(page, "Choose a service");
  const colour = page.getByRole("link", { name: /^Full Colour/ });
  await expect(colour).toContainText(label(anyFirst));
  // Services nobody booked out are free today or tomorrow in the seed's diaries.
  await expect(page.getByRole("link", { name: /^Signature Haircut/ })).toContainText(
    /Next: (today|tomorrow) /,
  );
  await expectNoAxeViolations(page);

  await colour.click();
  await expectStep(page, "Add extras");
  await page.getByRole("link", { name: "No extras" }).click();
  await expectStep(page, "Choose who you would like to see");
  // "Any available" is whoever is free first.
  await expect(page.getByRole("link", { name: /^Any available/ })).toContainText(label(anyFirst));
  await expect(page.getByRole("link", { name: /^Amelia Hart/ })).toContainText(label(firstFree.stf_amelia));
  await expect(page.getByRole("link", { name: /^Sofia Lopez/ })).toContainText(label(firstFree.stf_sofia));
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /^Any available/ }).click();
  await expectStep(page, "Choose a day and time");
  await waitForSlots(page);
  const shortcut = page.getByRole("button", { name: `First available: ${shortDay(anyFirst!)}` });
  // Move away from the first free day, as a visitor browsing the calendar does.
  const days = bookableDays(page);
  const count = await days.count();
  let movedAway = false;
  for (let index = count - 1; index >= 0 && !movedAway; index--) {
    const day = days.nth(index);
    if (!(await dateOfDay(day)).endsWith(` ${Number(anyFirst!.slice(8))}`)) {
      await day.click();
      movedAway = true;
    }
  }
  if (!movedAway) await page.getByRole("button", { name: /^Next month/ }).click();
  await expect(shortcut).toBeVisible();
  await expectNoAxeViolations(page);

  await shortcut.click();
  await expect(page).toHaveURL(new RegExp(`[?&]date=${anyFirst}(&|$)`));
  const longDay = new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(new Date(`${anyFirst}T00:00:00Z`));
  await expect(page.getByRole("heading", { name: `Free times on ${longDay}` })).toBeVisible();
  await waitForSlots(page);
  await expect(shortcut).toBeHidden();
});
