import { rawTimeZones } from "@vvo/tzdb";
import { describe, expect, it } from "vitest";
import { zoneCountryCode, zonesByCountry } from "./zone-countries";

describe("zonesByCountry", () => {
  it("is the zone data's countries, every zone of each clock group included", () => {
    const expected = new Map<string, Set<string>>();
    for (const zone of rawTimeZones) {
      const zones = expected.get(zone.countryCode) ?? new Set<string>();
      for (const id of [zone.name, ...zone.group]) zones.add(id);
      expected.set(zone.countryCode, zones);
    }
    const table = Object.fromEntries(
      [...expected]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, ids]) => [code, [...ids].sort().join(" ")]),
    );
    // On a failure after a @vvo/tzdb update, the expected table is the one to paste into zone-countries.ts.
    expect(zonesByCountry).toEqual(table);
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
