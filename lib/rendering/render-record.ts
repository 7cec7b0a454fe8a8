import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Whether something a render used is still what it was then (an upstream answer, say). The checks
 * of one page run together and share `lookups`, so a key many of them read (a date's tag, in Redis)
 * is read once.
 */
export type StillCurrent = (lookups: Map<string, Promise<unknown>>) => Promise<boolean>;

/**
 * What a page's render depended on, collected while it runs, so the server in front of Next can
 * tell whether the same page may be served again without rendering it: only when nothing in it was
 * personal, failed or out of date, and for as long as every answer it used is still current.
 */
export interface RenderRecord {
  dependencies: StillCurrent[];
  /** Why the page may not be served to anyone else, when something says so. */
  unshareable: string | null;
}

// On globalThis: the server in front of Next (scripts/server.ts) and the app's own bundles each get
// their own copy of this module, and they must share one store to see the same render.
const globalForRecord = globalThis as typeof globalThis & {
  bookingPortalRenderRecord?: AsyncLocalStorage<RenderRecord>;
};
const storage = (globalForRecord.bookingPortalRenderRecord ??= new AsyncLocalStorage<RenderRecord>());

/** Runs `render` while recording what it depends on; the record is complete once its answer is. */
export function recordingRender<T>(render: () => T): { record: RenderRecord; result: T } {
  const record: RenderRecord = { dependencies: [], unshareable: null };
  return { record, result: storage.run(record, render) };
}

/** The answer a render used, and how to tell later whether it still holds. */
export function renderDependsOn(stillCurrent: StillCurrent): void {
  storage.getStore()?.dependencies.push(stillCurrent);
}

/**
 * This render's page is for this request alone: it read a session or a device, or showed an
 * answer that failed or may be out of date.
 */
export function renderIsUnshareable(reason: string): void {
  const record = storage.getStore();
  if (record && record.unshareable === null) record.unshareable = reason;
}

/**
 * Runs `work` outside any render's record: for work shared by every request that waits for it (one
 * upstream call for many readers), which depends on nothing the first of them sent.
 */
export function outsideRenderRecord<T>(work: () => T): T {
  return storage.exit(work);
}
