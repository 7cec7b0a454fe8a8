import { expect, type Page } from "@playwright/test";

export function timeZoneField(page: Page) {
  return page.getByRole("combobox", { name: "Your time zone" });
}

/** The results the zone picker lists; the page's filters are options too. */
export function timeZoneOptions(page: Page) {
  return page.getByRole("listbox", { name: "Time zones" }).getByRole("option");
}

/** Searches the zone picker for `text` and clicks the result for `place` ("New York, United States"). */
export async function pickTimeZone(page: Page, text: string, place: string) {
  await timeZoneField(page).fill(text);
  const option = timeZoneOptions(page).filter({ hasText: place });
  await expect(option).toBeVisible();
  await option.click();
  await expect(timeZoneField(page)).toHaveAttribute("aria-expanded", "false");
}
