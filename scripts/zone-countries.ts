// `npm run zone-countries`: writes the zone-to-country table in lib/time/zone-countries.ts from
// @vvo/tzdb, after the package is updated (zone-countries.test.ts fails until it is).
import { rawTimeZones } from "@vvo/tzdb";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";

/** Each country's zone ids (every zone of each clock group), space-separated, by country code. */
export function zoneCountryTable(): Record<string, string> {
  const zonesOf = new Map<string, Set<string>>();
  for (const zone of rawTimeZones) {
    const zones = zonesOf.get(zone.countryCode) ?? new Set<string>();
    for (const id of [zone.name, ...zone.group]) zones.add(id);
    zonesOf.set(zone.countryCode, zones);
  }
  return Object.fromEntries(
    [...zonesOf]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, ids]) => [code, [...ids].sort().join(" ")]),
  );
}

const tableStart = "export const zonesByCountry: Record<string, string> = {";

async function writeTable(file: string): Promise<void> {
  const source = readFileSync(file, "utf8");
  const start = source.indexOf(tableStart);
  const end = source.indexOf("\n};\n", start);
  if (start < 0 || end < 0) throw new Error(`No zonesByCountry table in ${file}`);
  const rows = Object.entries(zoneCountryTable()).map(([code, ids]) => `  ${code}: ${JSON.stringify(ids)},`);
  const written = `${source.slice(0, start)}${tableStart}\n${rows.join("\n")}${source.slice(end)}`;
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(written, options));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await writeTable(path.resolve(import.meta.dirname, "..", "lib", "time", "zone-countries.ts"));
}
