import "server-only";
import { getI18n } from "@/lib/i18n/server";
import { cachedListLocations } from "@/lib/upstream-cache/cached-reads";
import { defaultPhoneCountry } from "./phone";

/** The phone field's first country for a page about `locationId` (or none), in this request's language. */
export async function phoneCountryFor(locationId: string | null): Promise<string> {
  const [{ locale }, locations] = await Promise.all([
    getI18n(),
    cachedListLocations().then(
      (read) => read.value,
      () => [],
    ),
  ]);
  const chosen = locations.find((location) => location.id === locationId);
  return defaultPhoneCountry(
    locations.map((location) => location.phone),
    locale,
    chosen?.phone,
  );
}
