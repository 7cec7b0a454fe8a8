import { describe, expect, it } from "vitest";
import { zoneCountryTable } from "@/scripts/zone-countries";
import { zoneCountryCode, zonesByCountry } from "./zone-countries";

describe("zonesByCountry", () => {
  it("is the zone data's countries, every zone of each clock group included", () => {
    // After a @vvo/tzdb update, `npm run zone-countries` writes the new table.
    expect(zonesByCountry).toEqual(zoneCountryTable());
  });
});

describe("zoneCountryCode", () => {
  it("finds a zone's country, a zone sharing a larger one's clock included", () => {
    expect(zoneCountryCode("Asia/Kolkata")).toBe("IN");
    expect(zoneCountryCode("America/Detroit")).toBe("US");
    expect(zoneCountryCode("Europe/London")).toBe("GB");
    expect(zoneCountryCode("UTC")).toBeNull();
  });
});
