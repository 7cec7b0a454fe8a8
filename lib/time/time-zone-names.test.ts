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
  it("names the place in the id, by the zone's current name, without a country", () => {
    expect(describeZoneId("America/Argentina/Buenos_Aires")).toEqual({
      timeZone: "America/Argentina/Buenos_Aires",
      city: "Buenos Aires",
      country: "",
      mainCities: [],
    });
    expect(describeZoneId("Asia/Calcutta")).toMatchObject({ timeZone: "Asia/Calcutta", city: "Kolkata" });
  });
});
