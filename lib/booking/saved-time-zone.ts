import { isValidTimeZone } from "@/lib/time/zoned";

// The zone this browser shows times in, remembered in a cookie so the server renders the next page
// in it and the times do not switch zones once the page hydrates. A preference, not a secret.
export const SAVED_TIME_ZONE_COOKIE = "tz";

export function savedTimeZone(value: string | undefined): string | null {
  return value && value.length <= 64 && isValidTimeZone(value) ? value : null;
}
