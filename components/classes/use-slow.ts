"use client";

import { useEffect, useState } from "react";

/** True once `active` has lasted longer than `afterMs`, so a slow load can say so. */
export function useSlow(active: boolean, afterMs = 2000): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => setSlow(true), afterMs);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [active, afterMs]);
  return active && slow;
}
