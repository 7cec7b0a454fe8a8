import { describe, expect, it } from "vitest";
import { isValidTimeZone } from "@/lib/time/zoned";
import { currentZoneName, describeZoneId } from "./time-zone-names";

describe("currentZoneName", () => {
  it("names renamed zones by their current name, which Intl knows", () => {
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(isValidTimeZone(currentZoneName("Europe/Kiev"))).toBe(true);
  });

  it("leaves every other zone alone", () => {
    expect(currentZoneName("Europe/London")).toBe("Europe/London");
  });
});

describe("describeZoneId", () => {
  it("names the place in the id, by the zone's current name, and its country in the UI language", () => {
    expect(describeZoneId("America/Argentina/Buenos_Aires", "es")).toEqual({
      timeZone: "America/Argentina/Buenos_Aires",
      city: "Buenos Aires",
      country: "Argentina",
      mainCities: [],
    });
    expect(describeZoneId("Asia/Calcutta", "hi")).toMatchObject({
      timeZone: "Asia/Calcutta",
      city: "Kolkata",
      country: "भारत",
    });
  });

  it("gives no country for a zone outside every country", () => {
    expect(describeZoneId("UTC", "en").country).toBe("");
    expect(describeZoneId("Etc/GMT+5", "en").country).toBe("");
  });
});
