import { isValidTimeZone } from "./zoned";

// The zone this browser shows times in, remembered in a cookie so the server renders the next page
// (booking or classes) in it and the times do not switch zones once the page hydrates. A
// preference, not a secret.
export const SAVED_TIME_ZONE_COOKIE = "tz";
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function savedTimeZone(value: string | undefined): string | null {
  return value && value.length <= 64 && isValidTimeZone(value) ? value : null;
}

/** In the browser, once it knows the zone it shows times in. */
export function saveTimeZoneCookie(timeZone: string): void {
  document.cookie = `${SAVED_TIME_ZONE_COOKIE}=${timeZone}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
}
