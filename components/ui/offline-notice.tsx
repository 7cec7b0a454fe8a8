"use client";

import { useEffect } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { holdWhileOffline, useConnection } from "./connection";

/** A click on a link to another page of this site, which would need the network to open. */
function leavesPage(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return false;
  // Handled in the page (the timetable's weeks): what it shows is read like any other data, which
  // waits for the connection or comes from what was already read.
  if (link.hasAttribute("data-in-page")) return false;
  if (link.target && link.target !== "_self") return false;
  const to = new URL(link.href);
  const inPage = to.pathname === location.pathname && to.search === location.search && to.hash !== "";
  return to.origin === location.origin && !inPage;
}

/**
 * Says when the browser is offline: what is on screen may be out of date, and what was sent waits
 * for the connection (queries and actions pause and resume by themselves). While offline, links to
 * other pages are held instead of ending on the browser's error page.
 */
export function OfflineNotice() {
  const { t } = useI18n();
  const connection = useConnection();

  useEffect(() => {
    if (connection === "online") return;
    const hold = (event: MouseEvent) => {
      if (leavesPage(event) && holdWhileOffline()) event.preventDefault();
    };
    document.addEventListener("click", hold, true);
    return () => document.removeEventListener("click", hold, true);
  }, [connection]);

  return (
    <div role="status" className="sticky top-0 z-40">
      {connection === "online" ? null : (
        <p
          data-offline-notice
          className="border-b border-line bg-surface px-4 py-3 text-center text-sm font-medium text-ink shadow-sm"
        >
          {t(connection === "held" ? "connection.held" : "connection.offline")}
        </p>
      )}
    </div>
  );
}
