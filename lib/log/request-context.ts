import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

// On globalThis: the server in front of Next (scripts/server.ts) and the app's own bundles each
// get their own copy of this module, and they must share one store to see the same request.
const globalForContext = globalThis as typeof globalThis & {
  bookingPortalRequestContext?: AsyncLocalStorage<RequestContext>;
};
const storage = (globalForContext.bookingPortalRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs `handle` with `context` visible to every log line written while it runs. */
export function withRequestContext<T>(context: RequestContext, handle: () => T): T {
  return storage.run(context, handle);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
