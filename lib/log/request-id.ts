import { randomUUID } from "node:crypto";

// What a proxy's or a load balancer's id looks like (a UUID, a hex trace id, "Root=1-…"): short,
// and nothing that could break a log line or smuggle text into it.
const wellFormed = /^[A-Za-z0-9][A-Za-z0-9._:=-]{7,127}$/;

/** The incoming `X-Request-Id` when it is well formed, so one id follows a request through the proxy; else a new one. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  const id = Array.isArray(incoming) ? undefined : incoming;
  return id !== undefined && wellFormed.test(id) ? id : randomUUID();
}
