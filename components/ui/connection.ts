"use client";

import { useSyncExternalStore } from "react";

/** "held": offline, and the visitor tried to open another page, which was kept from failing. */
export type Connection = "online" | "offline" | "held";

const listeners = new Set<() => void>();
let held = false;

function subscribe(listener: () => void) {
  const onChange = () => {
    if (navigator.onLine) held = false;
    listener();
  };
  listeners.add(listener);
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

function snapshot(): Connection {
  if (navigator.onLine) return "online";
  return held ? "held" : "offline";
}

export function useConnection(): Connection {
  return useSyncExternalStore(subscribe, snapshot, () => "online");
}

/**
 * Call before going to another page. Offline, the page request would fail and leave the visitor on
 * the browser's own error page, their place in the journey gone; so it returns true, the caller
 * stays put, and the offline notice says why.
 */
export function holdWhileOffline(): boolean {
  if (navigator.onLine) return false;
  held = true;
  for (const listener of listeners) listener();
  return true;
}
