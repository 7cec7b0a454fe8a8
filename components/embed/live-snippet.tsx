"use client";

import { useEffect, useRef } from "react";

/**
 * Runs the real snippet, exactly as a business's page would: a script element whose frame lands where
 * it stands. React owns only the empty container, never the frame the snippet puts in it.
 */
export function LiveSnippet({ path, brand, lang }: { path: string; brand: string; lang: string | null }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const script = document.createElement("script");
    script.src = "/embed.js";
    script.async = true;
    script.dataset.path = path;
    script.dataset.brand = brand;
    if (lang) script.dataset.lang = lang;
    element.appendChild(script);
    return () => element.replaceChildren();
  }, [path, brand, lang]);
  return <div ref={container} className="overflow-hidden rounded-card border border-line" />;
}
