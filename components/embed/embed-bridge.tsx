"use client";

import { useEffect } from "react";
import { connectEmbedHost, postToEmbedHost } from "./embed-host";

let readySent = false;

/** The content's height: the document's box (it has no minimum height when embedded) or what overflows it. */
function contentHeight(): number {
  return Math.ceil(
    Math.max(document.documentElement.getBoundingClientRect().height, document.body.scrollHeight),
  );
}

/** Add-to-calendar files and other sites open outside the frame; the app's own pages stay inside. */
function openOutsideTheFrame(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.target) return;
  const leavesTheApp =
    link.origin !== window.location.origin || link.hasAttribute("download") || link.pathname.endsWith(".ics");
  if (!leavesTheApp) return;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
}

/** Escape with no dialog of the app's own open: the popup around the frame may close. */
function escapeToHost(event: KeyboardEvent) {
  if (event.key !== "Escape" || event.defaultPrevented || document.querySelector("dialog[open]")) return;
  postToEmbedHost({ type: "booking:escape" });
}

/**
 * Rendered by the layout in embedded mode only: reports the content height whenever it changes (so the
 * frame never shows a scrollbar of its own), says when the app is ready, and passes Escape on.
 */
export function EmbedBridge({ host }: { host: string | null }) {
  useEffect(() => {
    if (!host || window.parent === window) return;
    const disconnect = connectEmbedHost(host);
    let reported = 0;
    const report = () => {
      const height = contentHeight();
      if (height === reported) return;
      reported = height;
      postToEmbedHost({ type: "booking:resize", height });
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    report();
    if (!readySent) {
      readySent = true;
      postToEmbedHost({ type: "booking:ready" });
    }
    document.addEventListener("keydown", escapeToHost);
    document.addEventListener("click", openOutsideTheFrame, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("keydown", escapeToHost);
      document.removeEventListener("click", openOutsideTheFrame, true);
      disconnect();
    };
  }, [host]);
  return null;
}
