"use client";

import { useState } from "react";

/** Copies text to the clipboard; `copied` says it worked, for a polite "Copied" beside the button. */
export function useCopyToClipboard() {
  const [copied, setCopied] = useState(false);
  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      return true;
    } catch {
      return false;
    }
  };
  return { copied, copy };
}
