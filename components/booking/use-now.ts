import { useSyncExternalStore } from "react";

const MINUTE_MS = 60_000;
const noSubscription = () => () => {};

// To the minute, so React sees the same snapshot on every read within a render.
const browserNow = () => new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS).toISOString();

/**
 * "Now" for what depends on today: the server's `serverNow` while it renders and the page
 * hydrates (so both produce the same markup), the browser's clock right after.
 */
export function useNow(serverNow: string): string {
  return useSyncExternalStore(noSubscription, browserNow, () => serverNow);
}
