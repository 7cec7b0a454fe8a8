"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

const AnnounceContext = createContext<((message: string) => void) | null>(null);

/**
 * Says what just happened ("Your Signature Cut … is cancelled") and takes focus there, since the button
 * that was pressed leaves the page when its booking moves to another section.
 */
export function BookingsAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const region = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((text: string) => {
    setMessage(text);
    requestAnimationFrame(() => region.current?.focus());
  }, []);
  return (
    <AnnounceContext value={announce}>
      <p
        ref={region}
        role="status"
        tabIndex={-1}
        className={message ? "rounded-card border border-success/40 bg-surface p-4 text-success" : "sr-only"}
      >
        {message}
      </p>
      {children}
    </AnnounceContext>
  );
}

export function useAnnounce(): (message: string) => void {
  const announce = useContext(AnnounceContext);
  if (!announce) throw new Error("useAnnounce must be used inside <BookingsAnnouncer>");
  return announce;
}
