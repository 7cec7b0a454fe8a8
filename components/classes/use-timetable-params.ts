"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { URL_TIME_ZONE_CHANGED } from "@/components/time/use-time-zone";
import { readTimetableParams, timetableHref, type TimetableParams } from "@/lib/classes/timetable-params";

// The timetable's state is the URL. It is changed with the History API so a new week or filter
// needs no server round trip, and read straight from window.location: useSearchParams can lag
// behind a pushState made while Next is still restoring a back/forward entry. The zone is the
// exception: it is the time-zone hook's, which says when it rewrites `tz`.
const NAVIGATED = "timetable:navigated";
const changes = ["popstate", NAVIGATED, URL_TIME_ZONE_CHANGED];

function subscribe(onChange: () => void) {
  for (const change of changes) window.addEventListener(change, onChange);
  return () => {
    for (const change of changes) window.removeEventListener(change, onChange);
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
