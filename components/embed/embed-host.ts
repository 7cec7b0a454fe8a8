// The one channel from the app to the page that frames it. Messages go only to the embedding page's
// origin, and only when the server found that origin on EMBED_ALLOWED_ORIGINS: never "*".

export type EmbedEventName = "booked" | "rescheduled" | "cancelled" | "class-joined" | "class-left";

/** What the host page may learn about a booking: no name, phone or notes. */
export interface EmbedEventDetail {
  id: string;
  /** UTC ISO instants. */
  start: string;
  end: string;
  status: string;
}

let hostOrigin: string | null = null;

/** Called by EmbedBridge; until then (and on a page of its own) every message is dropped. */
export function connectEmbedHost(origin: string): () => void {
  hostOrigin = origin;
  return () => {
    if (hostOrigin === origin) hostOrigin = null;
  };
}

export function isEmbedHostConnected(): boolean {
  return hostOrigin !== null && window.parent !== window;
}

export function postToEmbedHost(message: { type: `booking:${string}` } & Record<string, unknown>): void {
  if (hostOrigin && window.parent !== window) window.parent.postMessage(message, hostOrigin);
}

/** Tells the embedding page that something happened to a booking; does nothing outside a frame. */
export function notifyEmbedHost(name: EmbedEventName, { id, start, end, status }: EmbedEventDetail): void {
  postToEmbedHost({ type: `booking:${name}`, detail: { id, start, end, status } });
}
