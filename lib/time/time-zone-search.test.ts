import { describe, expect, it } from "vitest";
import { describeTimeZone, searchTimeZones } from "./time-zone-search";
import { isValidTimeZone } from "./zoned";

const zonesFor = (text: string, locale = "en") =>
  searchTimeZones(text, locale).map((entry) => entry.timeZone);

describe("searchTimeZones", () => {
  it("finds a zone by a city in its id or by one of its largest cities", () => {
    expect(zonesFor("New York")[0]).toBe("America/New_York");
    expect(zonesFor("London")[0]).toBe("Europe/London");
    expect(zonesFor("Kolkata")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("Mumbai")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("new yo")[0]).toBe("America/New_York");
  });

  it("ignores accents, case and the id's underscores and region", () => {
    expect(zonesFor("Sao Paulo")[0]).toBe("America/Sao_Paulo");
    expect(zonesFor("SÃO PAULO")[0]).toBe("America/Sao_Paulo");
    expect(zonesFor("america/new_york")[0]).toBe("America/New_York");
    expect(zonesFor("New_York")[0]).toBe("America/New_York");
    // What an Arabic page's closed field holds, isolates and Arabic comma included, still finds its zone.
    expect(zonesFor("\u2068Kolkata\u2069،", "ar")[0]).toBe("Asia/Kolkata");
  });

  it("finds a country by its English name and its name in the UI language", () => {
    expect(zonesFor("India")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("الهند", "ar")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("भारत", "hi")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("Brasil", "pt-BR")).toContain("America/Sao_Paulo");
    expect(zonesFor("Reino Unido", "es")[0]).toBe("Europe/London");
  });

  it("names the country in the UI language", () => {
    expect(searchTimeZones("Mumbai", "es")[0]).toMatchObject({ country: "India", city: "Kolkata" });
    expect(searchTimeZones("London", "pt-BR")[0]?.country).toBe("Reino Unido");
  });

  it("reads abbreviations and generic names, the usual zone first", () => {
    for (const text of ["EST", "EDT", "ET", "Eastern"]) expect(zonesFor(text)[0]).toBe("America/New_York");
    expect(zonesFor("PST")[0]).toBe("America/Los_Angeles");
    expect(zonesFor("IST")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("IST")).toEqual(expect.arrayContaining(["Asia/Jerusalem", "Europe/Dublin"]));
    expect(zonesFor("BST")[0]).toBe("Europe/London");
  });

  it("offers canonical zones only: an old link finds the zone it points to", () => {
    expect(zonesFor("Asmera")).toEqual(["Africa/Asmara"]);
    expect(zonesFor("Calcutta")[0]).toBe("Asia/Kolkata");
    expect(zonesFor("Detroit")).toEqual(["America/New_York"]);
    expect(zonesFor("Etc")).toEqual([]);
    expect(zonesFor("UTC")).toEqual([]);
    const every = searchTimeZones("a", "en", Infinity).map((entry) => entry.timeZone);
    expect(every).not.toContain("Africa/Asmera");
    expect(every).not.toContain("Asia/Calcutta");
    expect(every.filter((zone) => !zone.includes("/"))).toEqual([]);
  });

  it("puts whole-name matches before the start of a name, and those before words inside one", () => {
    const paris = zonesFor("Paris");
    expect(paris[0]).toBe("Europe/Paris");
    expect(zonesFor("york")).toContain("America/New_York");
  });

  it("finds nothing for nothing, or for text that names no place", () => {
    expect(zonesFor("   ")).toEqual([]);
    expect(zonesFor("Not/AZone")).toEqual([]);
  });

  it("offers zones this runtime knows", () => {
    for (const zone of zonesFor("New York").concat(zonesFor("Kolkata"), zonesFor("Kyiv"))) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  });
});

describe("describeTimeZone", () => {
  it("keeps the zone's own id and names the place and country", () => {
    expect(describeTimeZone("America/Detroit", "en")).toMatchObject({
      timeZone: "America/Detroit",
      city: "Detroit",
      country: "United States",
    });
    expect(describeTimeZone("Asia/Calcutta", "en")).toMatchObject({
      timeZone: "Asia/Calcutta",
      city: "Kolkata",
      country: "India",
    });
  });

  it("leaves the country empty for a zone that has none", () => {
    expect(describeTimeZone("UTC", "en")).toMatchObject({ timeZone: "UTC", city: "UTC", country: "" });
  });
});
