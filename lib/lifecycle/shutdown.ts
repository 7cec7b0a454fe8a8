// On globalThis: the server in front of Next (scripts/server.ts) runs the hooks the app's own
// bundles register, and each has its own copy of this module.
const globalForShutdown = globalThis as typeof globalThis & {
  bookingPortalShutdownHooks?: Set<() => Promise<void>>;
};
const hooks = (globalForShutdown.bookingPortalShutdownHooks ??= new Set());

/** Registers what must be closed once the server has stopped taking requests (a Redis connection). */
export function onShutdown(hook: () => Promise<void>): void {
  hooks.add(hook);
}

/** Runs every registered hook once; one that fails does not keep the others from running. */
export async function runShutdownHooks(): Promise<void> {
  const pending = [...hooks];
  hooks.clear();
  await Promise.allSettled(pending.map((hook) => hook()));
}
