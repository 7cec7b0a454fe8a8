"use client";

import type { MouseEvent, ReactNode } from "react";

/**
 * A real link (it opens in a new tab, shows its address) that, on a plain click, changes the URL
 * through the History API instead of asking the server for the page again: so it works offline too
 * (`data-in-page` tells the offline notice not to hold it).
 */
export function HistoryLink({
  href,
  onNavigate,
  className,
  children,
  ...rest
}: {
  href: string;
  onNavigate: () => void;
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
}) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onNavigate();
  }
  return (
    <a href={href} onClick={handleClick} className={className} data-in-page="" {...rest}>
      {children}
    </a>
  );
}
