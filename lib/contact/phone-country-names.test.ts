import { getCountries } from "libphonenumber-js/min";
import { describe, expect, it } from "vitest";
import { phoneCountryNames } from "./phone-country-names";

// The phone country list is built once, on the server, and the browser renders exactly that list:
// if the browser built its own, Chromium's "Hong Kong" against Node's "Hong Kong SAR China" would
// make the first render disagree with the server's HTML.
describe("phoneCountryNames", () => {
  it("names every country libphonenumber knows, once, sorted by name", () => {
    const countries = phoneCountryNames("en");
    expect(countries.map(([code]) => code).sort()).toEqual([...getCountries()].sort());
    const names = countries.map(([, name]) => name);
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
    expect(countries).toContainEqual(["GB", "United Kingdom"]);
  });

  it("names countries in the visitor's language", () => {
    expect(phoneCountryNames("de")).toContainEqual(["DE", "Deutschland"]);
  });

  it("is built once per language", () => {
    expect(phoneCountryNames("en")).toBe(phoneCountryNames("en"));
  });
});
