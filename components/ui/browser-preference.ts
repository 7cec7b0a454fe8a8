// Small preferences remembered in this browser. Storage can be unavailable (privacy modes,
// sandboxed iframes): reading then gives null and writing does nothing.
const changeEvent = "browser-preference-change";

export function readPreference(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Remembering is a convenience only.
  }
  window.dispatchEvent(new Event(changeEvent));
}

export function subscribeToPreferences(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(changeEvent, onChange);
    window.removeEventListener("storage", onChange);
  };
}
