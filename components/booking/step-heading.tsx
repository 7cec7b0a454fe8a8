"use client";

import { useEffect, useRef, type ReactNode } from "react";

// The first step shown after a page load keeps focus where the browser put it; every later step
// (a client-side navigation) takes focus to its heading so screen readers announce where they are.
let journeyStarted = false;

export function StepHeading({ id, children }: { id: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (journeyStarted) heading.current?.focus();
    journeyStarted = true;
  }, []);
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight">
      {children}
    </h2>
  );
}
