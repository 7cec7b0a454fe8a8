import { describe, expect, it } from "vitest";
import { compiledMessages } from "@/lib/i18n/catalogues";
import { createTranslator } from "@/lib/i18n/translate";
import { nextFreeLabel } from "./next-free-label";

const t = createTranslator("en-US", compiledMessages("en"));
const clock = (now: string, timeZone: string, locale = "en-US") => ({
  now: new Date(now),
  timeZone,
  locale,
  hour12: true,
});

// If these fail, a card tells a visitor "today" for a time that is tomorrow where they are.
describe("nextFreeLabel", () => {
  it("says today and tomorrow with the time, later days by their date", () => {
    const at = clock("2026-12-07T10:00:00.000Z", "Europe/London");
    expect(nextFreeLabel("2026-12-07T16:30:00.000Z", at, t)).toBe("Next: today 4:30 PM");
    expect(nextFreeLabel("2026-12-08T09:00:00.000Z", at, t)).toBe("Next: tomorrow 9:00 AM");
    expect(nextFreeLabel("2026-12-10T09:00:00.000Z", at, t)).toBe("Next: Thu, Dec 10");
  });

  it("says when nothing is free within the horizon", () => {
    expect(nextFreeLabel(null, clock("2026-12-07T10:00:00.000Z", "Europe/London"), t)).toBe(
      "No free times in the next 2 weeks",
    );
  });

  it("counts days in the visitor's zone, not the server's or UTC's", () => {
    // 01:30 on 8 December in Kolkata, still the 7th in UTC: 09:30 the same morning is today there.
    const kolkata = clock("2026-12-07T20:00:00.000Z", "Asia/Kolkata");
    expect(nextFreeLabel("2026-12-08T04:00:00.000Z", kolkata, t)).toBe("Next: today 9:30 AM");
    // The same instants in New York: 3 PM on the 7th, and 11 PM on the 7th.
    const newYork = clock("2026-12-07T20:00:00.000Z", "America/New_York");
    expect(nextFreeLabel("2026-12-08T04:00:00.000Z", newYork, t)).toBe("Next: today 11:00 PM");
  });

  it("counts calendar days across a daylight-saving change, not 24-hour steps", () => {
    // London springs forward on Sunday 28 March 2027: 23:30 GMT on the Saturday to 00:30 BST on
    // the Monday is 24 hours, but two days away.
    const saturdayNight = clock("2027-03-27T23:30:00.000Z", "Europe/London");
    expect(nextFreeLabel("2027-03-28T23:30:00.000Z", saturdayNight, t)).toBe("Next: Mon, Mar 29");
    // And 9 AM BST on the Sunday is tomorrow, at 9 AM, not 8.
    expect(nextFreeLabel("2027-03-28T08:00:00.000Z", saturdayNight, t)).toBe("Next: tomorrow 9:00 AM");
  });

  it("uses the visitor's language and clock", () => {
    const es = createTranslator("es", compiledMessages("es"));
    const at = { ...clock("2026-12-07T10:00:00.000Z", "Europe/Madrid", "es"), hour12: false };
    expect(nextFreeLabel("2026-12-08T08:00:00.000Z", at, es)).toBe("Próximo horario: mañana, 09:00");
    const ar = createTranslator("ar", compiledMessages("ar"));
    expect(nextFreeLabel(null, clock("2026-12-07T10:00:00.000Z", "Asia/Dubai", "ar"), ar)).toBe(
      "لا توجد أوقات متاحة خلال الأسبوعين القادمين",
    );
  });
});
