"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { readTimetableParams, timetableHref, type TimetableParams } from "@/lib/classes/timetable-params";

// The timetable's state is the URL. It is changed with the History API so a new week or filter
// needs no server round trip, and read straight from window.location: useSearchParams can lag
// behind a pushState made while Next is still restoring a back/forward entry.
const NAVIGATED = "timetable:navigated";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentSearch = () => window.location.search;

/** `serverSearch`: the query string the server rendered with, so hydration starts from the same state. */
export function useTimetableParams(serverSearch: string) {
  const search = useSyncExternalStore(subscribe, currentSearch, () => serverSearch);
  const params = useMemo(() => readTimetableParams(new URLSearchParams(search)), [search]);
  const navigate = useCallback((next: TimetableParams, options: { replace?: boolean } = {}) => {
    const href = timetableHref(next);
    if (options.replace) window.history.replaceState(null, "", href);
    else window.history.pushState(null, "", href);
    window.dispatchEvent(new Event(NAVIGATED));
  }, []);
  return { params, navigate };
}
