import type { Reply } from "./http";
import type { Store } from "./store";
import type { SandboxState } from "./types";
import type { WebhookEvent, WebhookTarget } from "./webhooks";

export interface RequestContext {
  store: Store;
  state: SandboxState;
  params: { id: string };
  query: URLSearchParams;
  body: unknown;
  now: number;
  /** Queues a webhook, delivered only once the change is saved and the answer is a success. */
  emit(event: WebhookEvent): void;
  /** Where webhooks go: the sandbox's one registration, as `GET /v1/webhooks` lists it. */
  webhookTarget: Readonly<WebhookTarget>;
}

/** Synchronous on purpose: a check and the write it guards can never interleave with another request. */
export type Handler = (context: RequestContext) => Reply;

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path template; ":id" stands for one segment and is what the stats report. */
  template: string;
  handler: Handler;
}

export interface RouteMatch {
  route: Route;
  params: { id: string };
}

export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch | null {
  const segments = pathname.replace(/\/+$/, "").split("/");
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.template.split("/");
    if (pattern.length !== segments.length) continue;
    let id = "";
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? "";
      if (part !== ":id") return part === segment;
      id = safeDecode(segment);
      return id !== "";
    });
    if (matches) return { route, params: { id } };
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

/** Whether a route key ("GET /v1/classes", null for an unknown route) is in a list; [] lists every route. */
export function listsRoute(routes: readonly string[], route: string | null): boolean {
  return routes.length === 0 || (route !== null && routes.includes(route));
}
