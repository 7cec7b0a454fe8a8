import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { sandboxApiKey, sandboxUrl } from "./ports";

// The suite resets and inspects its upstream; never let it do that to anything but a loopback sandbox.
const host = new URL(sandboxUrl).hostname;
if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) {
  throw new Error(`Refusing to run end-to-end tests against a non-local upstream: ${sandboxUrl}`);
}

export interface OutboxMessage {
  sentBy: "api" | "automation";
  to: { phoneNumber: string; clientId: string | null };
  template: { name: string; language: string };
  bodyTextParameters: string[];
}

export interface SandboxControl {
  reset(options?: { now?: string | null }): Promise<void>;
  stats(): Promise<{ total: number; byRoute: Record<string, number>; status429: number; status500: number }>;
  /** WhatsApp messages, newest last: all, or only those sent through the API or by the account's automations. */
  outbox(sentBy?: OutboxMessage["sentBy"]): Promise<OutboxMessage[]>;
  settings(values: {
    latencyMs?: number;
    /** Only these routes ("POST /v1/appointments") get the latency; [] = every route. */
    latencyRoutes?: string[];
    failRate?: number;
    rateLimitRpm?: number;
  }): Promise<void>;
  /**
   * Keeps answers to these routes ("GET /v1/classes"; none = every route) back until release(), for a
   * loading state that lasts as long as the test looks at it. The app's own upstream timeout still
   * applies: a held read it gives up on is retried, and held again.
   */
  hold(routes?: string[]): Promise<void>;
  /** Ends the hold; answers how many held requests it let go. */
  release(): Promise<number>;
  /** Calls the Whautomate-compatible API itself, as the business's back office would. */
  api<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
}

async function call<T>(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; key?: boolean } = {},
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: {
      "content-type": "application/json",
      ...(init.key ? { "x-api-key": sandboxApiKey } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Resets, inspects and steers the sandbox at `baseUrl`. */
export function sandboxControl(baseUrl: string): SandboxControl {
  return {
    // Back to the seed, on the real clock unless a test freezes it.
    reset: async (options = {}) => {
      await call(baseUrl, "/__sandbox/reset", { method: "POST", body: { now: options.now ?? null } });
    },
    stats: () => call(baseUrl, "/__sandbox/stats"),
    outbox: async (sentBy) => {
      const messages = await call<OutboxMessage[]>(baseUrl, "/__sandbox/outbox");
      return sentBy ? messages.filter((message) => message.sentBy === sentBy) : messages;
    },
    settings: async (values) => {
      await call(baseUrl, "/__sandbox/settings", { method: "POST", body: values });
    },
    hold: async (routes = []) => {
      await call(baseUrl, "/__sandbox/hold", { method: "POST", body: { routes } });
    },
    release: async () =>
      (await call<{ released: number }>(baseUrl, "/__sandbox/release", { method: "POST" })).released,
    api: (path, init) => call(baseUrl, path, { ...init, key: true }),
  };
}

/** A visitor's own address, as the proxy the suite stands in for would pass it on. */
export function visitorAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return `10.${octet()}.${octet()}.${octet()}`;
}

export const test = base.extend<{ sandbox: SandboxControl }>({
  // Each test is a new visitor from an address of its own (the suite's app trusts loopback as its
  // proxy), so per-address limits measure one visitor, never the whole suite.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "x-forwarded-for": visitorAddress() });
  },
  // Every test starts from the seed on the real clock, whether or not it asks for the sandbox.
  sandbox: [
    async ({}, use) => {
      const control = sandboxControl(sandboxUrl);
      await control.reset();
      await use(control);
      await control.release();
      await control.settings({ latencyMs: 0, latencyRoutes: [], failRate: 0 });
    },
    { auto: true },
  ],
});

export { expect };

/** WCAG 2.2 AA rules from axe; a violation names the rule and the offending elements. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}
