import { expect, type Page } from "@playwright/test";

export function timeZoneField(page: Page) {
  return page.getByRole("combobox", { name: "Your time zone" });
}

/** Searches the zone picker for `text` and clicks the result for `place` ("New York, United States"). */
export async function pickTimeZone(page: Page, text: string, place: string) {
  await timeZoneField(page).fill(text);
  const option = page.getByRole("option", { name: place });
  await expect(option).toBeVisible();
  await option.click();
  await expect(timeZoneField(page)).toHaveAttribute("aria-expanded", "false");
}
