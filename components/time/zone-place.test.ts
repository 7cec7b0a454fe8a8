import { describe, expect, it } from "vitest";
import { compiledMessages } from "@/lib/i18n/catalogues";
import { createTranslator } from "@/lib/i18n/translate";
import { describeZoneId } from "@/lib/time/time-zone-names";
import { describeTimeZone } from "@/lib/time/time-zone-search";
import { zonePlace } from "./zone-place";

// The closed zone field and the open list's results name a zone with this; a raw id such as
// "Asia/Kolkata" in the field means it was bypassed.
describe("zonePlace", () => {
  const t = createTranslator("en-US", compiledMessages("en"));

  it("names a zone by its city and country in the page's language", () => {
    expect(zonePlace(describeTimeZone("Asia/Kolkata", "en"), t)).toBe("Kolkata, India");
    expect(zonePlace(describeTimeZone("America/New_York", "en"), t)).toBe("New York, United States");
    const spanish = createTranslator("es", compiledMessages("es"));
    expect(zonePlace(describeTimeZone("Europe/London", "es"), spanish)).toBe("London, Reino Unido");
  });

  it("puts no invisible isolates in an Arabic input's value", () => {
    const arabic = createTranslator("ar", compiledMessages("ar"));
    const place = zonePlace(describeTimeZone("Asia/Kolkata", "ar"), arabic.plain);
    expect(place).not.toMatch(/[\u2066-\u2069]/);
    expect(place).toContain("Kolkata");
  });

  it("names a zone the same way without the search's zone data", () => {
    expect(zonePlace(describeZoneId("America/New_York", "en"), t)).toBe("New York, United States");
    expect(zonePlace(describeZoneId("Asia/Calcutta", "en"), t)).toBe("Kolkata, India");
    expect(zonePlace(describeZoneId("America/Detroit", "en"), t)).toBe("Detroit, United States");
    expect(zonePlace(describeZoneId("UTC", "en"), t)).toBe("UTC");
  });
});
