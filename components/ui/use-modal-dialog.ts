"use client";

import { useCallback, useRef } from "react";

/**
 * A native <dialog> opened with showModal(): the browser traps focus, closes on Escape and returns focus
 * to the opener. React does not render `autoFocus` as an attribute, so the safe choice is focused here.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const initialFocus = useRef<HTMLButtonElement>(null);
  const open = useCallback(() => {
    dialog.current?.showModal();
    initialFocus.current?.focus();
  }, []);
  const close = useCallback(() => dialog.current?.close(), []);
  return { dialog, initialFocus, open, close };
}
